package guichet.app.ask.routing;

import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Labels a question by the labelled example utterances it is closest to in embedding space: each
 * label scores the mean cosine similarity of its {@code k} nearest examples, and a label other than
 * the fallback wins only by a margin over the fallback's score (the configured one, or the label's
 * own in {@code routing/labels.json}) and only when the text shows the label's cues, if it has any.
 * When unsure it answers: retrieval and the composer's "no source, no answer" rule handle the rest.
 * Works the same with any chat model, however small, because no chat model is involved. Only
 * differences between scores mean anything: with e5, unrelated texts already score 0.75-0.80.
 *
 * <p>Examples live in {@code routing/examples.jsonl} (overridable), one {@code {"label", "language",
 * "text"}} a line; they are embedded once, on first use, with the running embedding model.
 */
@Component
public class PrototypeClassifier {

    static final String FILE = "routing/examples.jsonl";

    private final EmbeddedExamples examples;
    private final RoutingProperties settings;
    private final String fallback;
    private final RouteLabels labels;

    @Autowired
    public PrototypeClassifier(OverridableResources resources, RouteLabels labels, InferenceRuntime runtime,
                               RoutingProperties settings) {
        this(RoutingExample.read(resources.text(FILE), labels), runtime::embeddings, settings, labels);
    }

    /** A classifier over the examples file (built in or overridden), embedding with {@code embeddings}. */
    public static PrototypeClassifier load(OverridableResources resources, RouteLabels labels,
                                           Supplier<EmbeddingModel> embeddings, RoutingProperties settings) {
        return new PrototypeClassifier(RoutingExample.read(resources.text(FILE), labels), embeddings, settings, labels);
    }

    public PrototypeClassifier(List<RoutingExample> examples, Supplier<EmbeddingModel> embeddings, RoutingProperties settings,
                               RouteLabels labels) {
        this.examples = new EmbeddedExamples(examples.stream().map(e -> Map.entry(e.label(), e.text())).toList(), embeddings);
        this.settings = settings;
        this.labels = labels;
        this.fallback = labels.fallback().id();
        if (examples.stream().noneMatch(example -> example.label().equals(fallback))) {
            throw new IllegalStateException(FILE + ": the fallback label " + fallback + " needs examples");
        }
    }

    /**
     * @param label the label chosen
     * @param score the chosen label's score
     * @param margin the best label's lead over the second best (before the fallback rule)
     * @param unsure true when the best label was not the fallback but did not beat it by the margin
     */
    public record Classification(String label, double score, double margin, boolean unsure) {
    }

    public Classification classify(String text) {
        Map<String, Double> scores = scores(text);
        List<Map.Entry<String, Double>> ranked = scores.entrySet().stream()
                .filter(entry -> labels.cuesFound(entry.getKey(), text))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).toList();
        String best = ranked.getFirst().getKey();
        double top = ranked.getFirst().getValue();
        double margin = ranked.size() > 1 ? top - ranked.get(1).getValue() : top;
        Double labelMargin = labels.get(best).margin();
        if (!best.equals(fallback) && top - scores.get(fallback) < (labelMargin != null ? labelMargin : settings.margin())) {
            return new Classification(fallback, scores.get(fallback), margin, true);
        }
        return new Classification(best, top, margin, false);
    }

    /** Each label's score for {@code text}: the mean similarity of its nearest examples. */
    public Map<String, Double> scores(String text) {
        return examples.scores(examples.embed(text), settings.neighbours());
    }

    /**
     * Embeds the examples now rather than on the first question (a few seconds with e5 on a laptop).
     *
     * @param stop checked between examples; when it says so, the warm-up ends without a result
     * @throws CancellationException when stopped
     */
    public void warmUp(BooleanSupplier stop) {
        examples.warmUp(stop);
    }
}
