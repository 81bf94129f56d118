package guichet.app.ask.routing;

import guichet.inference.VectorSimilarity;
import guichet.inference.EmbeddingModel;
import guichet.inference.ExampleVectors;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Labelled example texts and their embeddings, made once, on first use (or at warm-up), with the
 * running embedding model. A text's score for a label is the mean cosine similarity of the label's
 * {@code k} closest examples. Only differences between labels mean anything: with e5, unrelated
 * texts already score 0.75-0.80.
 */
public final class EmbeddedExamples {

    private final List<String> labels;
    private final List<String> texts;
    private final Supplier<EmbeddingModel> embeddings;
    private volatile float[][] vectors;

    /** @param examples label and text of each example */
    public EmbeddedExamples(List<Map.Entry<String, String>> examples, Supplier<EmbeddingModel> embeddings) {
        this.labels = examples.stream().map(Map.Entry::getKey).toList();
        this.texts = examples.stream().map(Map.Entry::getValue).toList();
        this.embeddings = embeddings;
    }

    /** The labels of the examples, each once, in first-seen order. */
    public List<String> labels() {
        return labels.stream().distinct().toList();
    }

    public float[] embed(String text) {
        return embeddings.get().embedQuery(text);
    }

    /** Each label's score for an embedded text: the mean similarity of its {@code k} closest examples. */
    public Map<String, Double> scores(float[] query, int k) {
        float[][] known = vectors(() -> false);
        Map<String, List<Double>> byLabel = new LinkedHashMap<>();
        for (int i = 0; i < known.length; i++) {
            byLabel.computeIfAbsent(labels.get(i), l -> new ArrayList<>()).add(VectorSimilarity.cosine(query, known[i]));
        }
        Map<String, Double> scores = new LinkedHashMap<>();
        byLabel.forEach((label, sims) -> scores.put(label, sims.stream().sorted((a, b) -> Double.compare(b, a))
                .limit(k).mapToDouble(Double::doubleValue).average().orElse(0)));
        return scores;
    }

    /**
     * Embeds the examples now rather than on the first question.
     *
     * @param stop checked between examples; when it says so, the warm-up ends without a result
     * @throws CancellationException when stopped
     */
    public void warmUp(BooleanSupplier stop) {
        vectors(stop);
    }

    private float[][] vectors(BooleanSupplier stop) {
        float[][] current = vectors;
        if (current == null) {
            synchronized (this) {
                current = vectors;
                if (current == null) {
                    EmbeddingModel model = embeddings.get();
                    current = new float[texts.size()][];
                    for (int i = 0; i < current.length; i++) {
                        if (stop.getAsBoolean()) {
                            throw new CancellationException("examples not embedded: stopping");
                        }
                        current[i] = ExampleVectors.embedQuery(model, texts.get(i));
                    }
                    vectors = current;
                }
            }
        }
        return current;
    }
}
