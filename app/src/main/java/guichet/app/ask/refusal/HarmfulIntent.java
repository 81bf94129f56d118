package guichet.app.ask.refusal;

import guichet.app.ask.routing.CategoryDetector;
import guichet.app.ask.routing.DetectedCategory;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Recognises a request for help to do harm, and which kind: hiding work, savings, a partner or time
 * abroad from a benefit, false documents, false claims about health, an employer under-declaring,
 * lying to dodge a sanction, other fraud, violence and crime. Explicit requests by the rules of
 * {@code routing/harmful/<language>.txt} (requests, never topics: "I've been accused of fraud" is a
 * question), others by meaning against {@code routing/harmful/examples.jsonl} (see {@link CategoryDetector}).
 */
@Component
public class HarmfulIntent {

    static final String FOLDER = "routing/harmful";

    private final CategoryDetector detector;

    @Autowired
    public HarmfulIntent(OverridableResources resources, InferenceRuntime runtime) {
        this(resources, runtime::embeddings);
    }

    public HarmfulIntent(OverridableResources resources, Supplier<EmbeddingModel> embeddings) {
        this.detector = new CategoryDetector(resources, FOLDER, List.of("en", "fr"), embeddings);
    }

    /** The kinds of harm asked for in any of the texts (e.g. the request as typed and as rephrased), if any. */
    public Optional<CategoryDetector.Finding> detect(String... texts) {
        return detector.detect(texts);
    }

    public List<DetectedCategory> categories() {
        return detector.categories();
    }

    /** Each category's lead over the "none" examples for one sentence (for tuning). */
    public Map<String, Double> leads(String sentence) {
        return detector.leads(sentence);
    }

    /** Embeds the examples now rather than on the first question. */
    public void warmUp(BooleanSupplier stop) {
        detector.warmUp(stop);
    }
}
