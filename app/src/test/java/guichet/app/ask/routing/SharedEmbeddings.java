package guichet.app.ask.routing;

import guichet.app.ask.text.AskFixtures;
import guichet.inference.EmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;

import java.nio.file.Path;

/** The real multilingual-e5-small from {@code ../shared/models}, and the classifier over it, loaded once for all the tests. */
public final class SharedEmbeddings {

    private static volatile EmbeddingModel e5;
    private static volatile PrototypeClassifier classifier;

    private SharedEmbeddings() {
    }

    public static synchronized EmbeddingModel e5() {
        if (e5 == null) {
            Path folder = Path.of(System.getProperty("guichet.test.shared-dir"), "models/multilingual-e5-small");
            e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(folder, ""));
            Runtime.getRuntime().addShutdownHook(new Thread(e5::close));
        }
        return e5;
    }

    /** The classifier over the shipped examples and labels, embedded once for all the tests. */
    public static synchronized PrototypeClassifier classifier() {
        if (classifier == null) {
            var resources = AskFixtures.resources();
            classifier = PrototypeClassifier.load(resources, new RouteLabels(resources, AskFixtures.texts()),
                    SharedEmbeddings::e5, RoutingProperties.defaults());
        }
        return classifier;
    }
}
