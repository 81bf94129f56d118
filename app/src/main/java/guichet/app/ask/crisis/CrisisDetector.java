package guichet.app.ask.crisis;

import guichet.app.ask.routing.CategoryDetector;
import guichet.app.ask.routing.DetectedCategory;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Recognises a message from someone who may be in crisis, and which kind (suicide and self-harm,
 * abuse, a child at risk, a medical emergency, no food, money or heating today, nowhere to sleep
 * tonight, threats; and a young person, alongside one of those): explicit phrases by the rules of
 * {@code routing/crisis/<language>.txt}, indirect ones by meaning, against the examples of
 * {@code routing/crisis/examples.jsonl} (see {@link CategoryDetector}). Rules favour recall:
 * signposting a question that did not need it costs little, missing a person in crisis costs much.
 */
@Component
public class CrisisDetector {

    static final String FOLDER = "routing/crisis";

    private final CategoryDetector detector;

    @Autowired
    public CrisisDetector(OverridableResources resources, InferenceRuntime runtime) {
        this(resources, runtime::embeddings);
    }

    public CrisisDetector(OverridableResources resources, Supplier<EmbeddingModel> embeddings) {
        this.detector = new CategoryDetector(resources, FOLDER, List.of("en", "fr"), embeddings);
    }

    /** The crisis found in any of the texts (e.g. the request as typed and as rephrased), if any. */
    public Optional<CategoryDetector.Finding> detect(String... texts) {
        return detector.detect(texts);
    }

    /** Reads the texts once, for findings at more than one margin share. */
    public CategoryDetector.Reading read(String... texts) {
        return detector.read(texts);
    }

    /** The category with this id (whether a question is answered after its reply...). */
    public DetectedCategory category(String id) {
        return detector.category(id);
    }

    public List<DetectedCategory> categories() {
        return detector.categories();
    }

    /** Each category's lead over the "none" examples for one sentence (for tuning). */
    public java.util.Map<String, Double> leads(String sentence) {
        return detector.leads(sentence);
    }

    /** Embeds the examples now rather than on the first question. */
    public void warmUp(BooleanSupplier stop) {
        detector.warmUp(stop);
    }
}
