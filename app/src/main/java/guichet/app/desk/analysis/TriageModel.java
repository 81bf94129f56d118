package guichet.app.desk.analysis;

import java.util.List;

/**
 * A trained triage classifier: a softmax regression over the categories and a class-weighted
 * logistic regression for urgency, on standardised {@link TriageFeatures}. Immutable; stored as JSON
 * with the examples it learnt from (to show the nearest ones as reasons).
 *
 * @param version {@code triage-<hash>}: the same examples, embedder and settings give the same version
 * @param embedder the embedding model it was trained with; another embedder means retraining
 * @param categories category ids, in weight order
 * @param mean per-feature mean of the training set
 * @param scale per-feature standard deviation of the training set
 * @param categoryWeights one row per category: feature weights, then the bias
 * @param urgencyWeights feature weights, then the bias
 * @param examples what it learnt from
 * @param corrections how many of the examples were officers' labels
 * @param features what its inputs besides the embedding were made of ({@link TriageFeatures#signature()}):
 *                 a model trained on other rules or cues is not used (null for a model stored before this was kept)
 */
public record TriageModel(String version, String embedder, List<String> categories, double[] mean, double[] scale,
                          double[][] categoryWeights, double[] urgencyWeights, List<TrainingExample> examples,
                          int corrections, String features) {

    /** Category probabilities, in {@link #categories()} order. */
    public double[] categoryProbabilities(double[] raw) {
        double[] x = standardise(raw);
        double[] logits = new double[categories.size()];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = linear(categoryWeights[c], x);
            max = Math.max(max, logits[c]);
        }
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            logits[c] = Math.exp(logits[c] - max);
            sum += logits[c];
        }
        for (int c = 0; c < logits.length; c++) {
            logits[c] /= sum;
        }
        return logits;
    }

    /** Probability that the message is urgent. */
    public double urgentProbability(double[] raw) {
        return 1.0 / (1.0 + Math.exp(-linear(urgencyWeights, standardise(raw))));
    }

    double[] standardise(double[] raw) {
        double[] x = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            x[i] = (raw[i] - mean[i]) / scale[i];
        }
        return x;
    }

    static double linear(double[] weights, double[] x) {
        double sum = weights[x.length];
        for (int i = 0; i < x.length; i++) {
            sum += weights[i] * x[i];
        }
        return sum;
    }
}
