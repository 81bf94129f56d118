package guichet.app.desk.analysis;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Trains a {@link TriageModel}: full-batch gradient descent with L2 weight decay, deterministic (no
 * random initialisation or shuffling), so the same examples give the same model and version. Urgent
 * examples are weighted up to balance the classes.
 */
public final class TriageTrainer {

    private static final double LEARNING_RATE = 0.5;

    private final int epochs;
    private final double l2;

    public TriageTrainer(int epochs, double l2) {
        this.epochs = epochs;
        this.l2 = l2;
    }

    /**
     * @param features each example's raw features, in example order
     * @param featureSignature what the features besides the embedding are made of (category cues, urgency
     *                         rules): part of the version
     */
    public TriageModel train(List<TrainingExample> examples, List<double[]> features, List<String> categories,
                             String embedder, String featureSignature) {
        int n = examples.size();
        int f = features.getFirst().length;
        double[] mean = new double[f];
        double[] scale = new double[f];
        for (double[] row : features) {
            for (int i = 0; i < f; i++) {
                mean[i] += row[i] / n;
            }
        }
        for (double[] row : features) {
            for (int i = 0; i < f; i++) {
                scale[i] += (row[i] - mean[i]) * (row[i] - mean[i]) / n;
            }
        }
        for (int i = 0; i < f; i++) {
            scale[i] = Math.max(Math.sqrt(scale[i]), 1e-6);
        }
        double[][] x = new double[n][];
        for (int k = 0; k < n; k++) {
            x[k] = new double[f];
            for (int i = 0; i < f; i++) {
                x[k][i] = (features.get(k)[i] - mean[i]) / scale[i];
            }
        }
        int[] category = examples.stream().mapToInt(e -> categories.indexOf(e.category())).toArray();
        for (int k = 0; k < n; k++) {
            if (category[k] < 0) {
                throw new IllegalArgumentException("example " + examples.get(k).source() + ": unknown category "
                        + examples.get(k).category());
            }
        }
        double[][] categoryWeights = softmax(x, category, categories.size(), f);
        double[] urgent = examples.stream().mapToDouble(e -> "urgent".equals(e.urgency()) ? 1 : 0).toArray();
        double[] urgencyWeights = logistic(x, urgent, f);
        int corrections = (int) examples.stream().filter(e -> e.source().startsWith("correction")).count();
        String version = version(examples, categories, embedder + "|" + featureSignature);
        return new TriageModel(version, embedder, List.copyOf(categories), mean, scale, categoryWeights, urgencyWeights,
                List.copyOf(examples), corrections, featureSignature);
    }

    private double[][] softmax(double[][] x, int[] labels, int classes, int f) {
        int n = x.length;
        double[][] w = new double[classes][f + 1];
        double[] counts = new double[classes];
        for (int label : labels) {
            counts[label]++;
        }
        double[] probabilities = new double[classes];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] gradient = new double[classes][f + 1];
            for (int k = 0; k < n; k++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < classes; c++) {
                    probabilities[c] = TriageModel.linear(w[c], x[k]);
                    max = Math.max(max, probabilities[c]);
                }
                double sum = 0;
                for (int c = 0; c < classes; c++) {
                    probabilities[c] = Math.exp(probabilities[c] - max);
                    sum += probabilities[c];
                }
                // Each class weighs the same in total, however many examples it has.
                double weight = n / (classes * Math.max(counts[labels[k]], 1));
                for (int c = 0; c < classes; c++) {
                    double error = weight * (probabilities[c] / sum - (labels[k] == c ? 1 : 0));
                    double[] g = gradient[c];
                    double[] row = x[k];
                    for (int i = 0; i < f; i++) {
                        g[i] += error * row[i];
                    }
                    g[f] += error;
                }
            }
            for (int c = 0; c < classes; c++) {
                for (int i = 0; i <= f; i++) {
                    double decay = i < f ? l2 * w[c][i] : 0;
                    w[c][i] -= LEARNING_RATE * (gradient[c][i] / n + decay);
                }
            }
        }
        return w;
    }

    private double[] logistic(double[][] x, double[] y, int f) {
        int n = x.length;
        double positives = 0;
        for (double v : y) {
            positives += v;
        }
        double positiveWeight = positives == 0 ? 1 : (n - positives) / positives;
        double[] w = new double[f + 1];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[] gradient = new double[f + 1];
            for (int k = 0; k < n; k++) {
                double p = 1.0 / (1.0 + Math.exp(-TriageModel.linear(w, x[k])));
                double error = (p - y[k]) * (y[k] > 0 ? positiveWeight : 1);
                for (int i = 0; i < f; i++) {
                    gradient[i] += error * x[k][i];
                }
                gradient[f] += error;
            }
            for (int i = 0; i <= f; i++) {
                double decay = i < f ? l2 * w[i] : 0;
                w[i] -= LEARNING_RATE * (gradient[i] / n + decay);
            }
        }
        return w;
    }

    /** {@code triage-<12 hex>} of the examples, categories, embedder and features, and settings. */
    String version(List<TrainingExample> examples, List<String> categories, String embedder) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((embedder + "|" + categories + "|" + epochs + "|" + l2).getBytes(StandardCharsets.UTF_8));
            for (TrainingExample example : examples) {
                digest.update((example.urgency() + "|" + example.category() + "|" + example.text()
                        + (example.received() == null ? "" : "|" + example.received()) + "\n")
                        .getBytes(StandardCharsets.UTF_8));
            }
            return "triage-" + HexFormat.of().formatHex(digest.digest()).substring(0, 12).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
