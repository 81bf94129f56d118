package guichet.inference;

import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** Examples are embedded once per model and process; another model's weights embed them again. */
class ExampleVectorsIT {

    private static OnnxEmbeddingModel e5;

    @BeforeAll
    static void load() {
        e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(TestModels.multilingualE5(), "").withThreads(2));
    }

    @AfterAll
    static void close() {
        e5.close();
    }

    @Test
    void anExampleIsEmbeddedOnceAndGivesTheModelsOwnVector() {
        Counting model = new Counting(e5, e5.info());
        String example = "My benefit stopped and there is no food in the house for my children tonight.";

        float[] first = ExampleVectors.embedQuery(model, example);
        float[] again = ExampleVectors.embedQuery(model, example);

        assertThat(model.calls.get()).isEqualTo(1);
        assertThat(again).isSameAs(first).containsExactly(e5.embedQuery(example));
    }

    @Test
    void theSameExampleUnderOtherWeightsIsEmbeddedAgain() {
        String example = "Je n'ai plus de nouvelles de mon dossier depuis trois mois.";
        Counting original = new Counting(e5, e5.info());
        EmbeddingModelInfo info = e5.info();
        Counting retrained = new Counting(e5, new EmbeddingModelInfo(info.id(), "0".repeat(64), info.dimensions(),
                info.maxTokens()));

        ExampleVectors.embedQuery(original, example);
        ExampleVectors.embedQuery(retrained, example);

        assertThat(original.calls.get()).isEqualTo(1);
        assertThat(retrained.calls.get()).isEqualTo(1);
    }

    /** The real model, counting the queries that reach it, under the identity given. */
    private record Counting(EmbeddingModel model, EmbeddingModelInfo info, AtomicInteger calls) implements EmbeddingModel {

        Counting(EmbeddingModel model, EmbeddingModelInfo info) {
            this(model, info, new AtomicInteger());
        }

        @Override
        public float[] embedQuery(String query) {
            calls.incrementAndGet();
            return model.embedQuery(query);
        }

        @Override
        public List<float[]> embedPassages(List<String> passages) {
            return model.embedPassages(passages);
        }

        @Override
        public void close() {
        }
    }
}
