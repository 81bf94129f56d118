package guichet.app.desk.analysis;

import guichet.inference.VectorSimilarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The labelled examples a classifier learnt from, by their embeddings: their vote on a message's
 * category (the nearest {@code k}, each weighing {@code exp(sharpness × (similarity − 0.9))}) and the
 * nearest ones of a category, shown to the officer as the reason. Immutable.
 */
public final class NearestExamples {

    private final List<TrainingExample> examples;
    private final float[][] vectors;
    private final List<String> categories;

    public NearestExamples(List<TrainingExample> examples, float[][] vectors, List<String> categories) {
        this.examples = List.copyOf(examples);
        this.vectors = vectors.clone();
        this.categories = List.copyOf(categories);
    }

    /** The share of each category (in {@code categories} order) among the nearest {@code k} examples. */
    public double[] vote(float[] embedding, int k, double sharpness) {
        double[][] scored = scored(embedding);
        double[] vote = new double[categories.size()];
        double total = 0;
        for (int i = 0; i < Math.min(k, scored.length); i++) {
            double weight = Math.exp(sharpness * (scored[i][1] - 0.9));
            vote[categories.indexOf(examples.get((int) scored[i][0]).category())] += weight;
            total += weight;
        }
        for (int c = 0; c < vote.length && total > 0; c++) {
            vote[c] /= total;
        }
        return vote;
    }

    /** "; nearest examples: …" — the closest labelled examples of {@code category}. */
    public String describe(float[] embedding, String category, int shown) {
        String list = java.util.Arrays.stream(scored(embedding))
                .filter(s -> examples.get((int) s[0]).category().equals(category)).limit(shown)
                .map(s -> String.format(Locale.ROOT, "“%s” (%.2f)", abbreviate(examples.get((int) s[0]).text()), s[1]))
                .collect(Collectors.joining(", "));
        return list.isEmpty() ? "" : "; nearest examples: " + list;
    }

    /** {index, similarity} of every example, most similar first. */
    private double[][] scored(float[] embedding) {
        List<double[]> scored = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            scored.add(new double[] {i, VectorSimilarity.cosine(embedding, vectors[i])});
        }
        scored.sort(Comparator.comparingDouble((double[] s) -> s[1]).reversed());
        return scored.toArray(double[][]::new);
    }

    private static String abbreviate(String text) {
        String line = text.replaceAll("\\s+", " ").strip();
        return line.length() <= 70 ? line : line.substring(0, 67) + "…";
    }

}
