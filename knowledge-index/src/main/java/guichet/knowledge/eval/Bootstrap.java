package guichet.knowledge.eval;

import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

/**
 * Percentile bootstrap over questions: the questions are drawn again with replacement, as many as
 * there are, the ratio is computed on each draw, and the interval is read from the middle 95% of
 * those ratios. The seed is fixed, so the same outcomes always give the same interval.
 */
public final class Bootstrap {

    /** 1,000 resamples with a fixed seed: what {@code eval answers}, {@code eval retrieval} and {@code eval triage} report. */
    public static final Bootstrap STANDARD = new Bootstrap(1000, 20_261_206L);

    private final int resamples;
    private final long seed;

    public Bootstrap(int resamples, long seed) {
        this.resamples = resamples;
        this.seed = seed;
    }

    /** How many times the questions are drawn again. */
    public int resamples() {
        return resamples;
    }

    /** A 95% interval. */
    public record Interval(double low, double high) {
    }

    /**
     * The 95% interval of {@code sum(counts) / sum(totals)}, where question {@code i} adds
     * {@code counts[i]} out of {@code totals[i]} (1 of 1 for a hit, 0 of 0 for a question the figure does
     * not concern, found facts of expected facts). Empty when no question is concerned.
     */
    public Optional<Interval> ratio(long[] counts, long[] totals) {
        if (counts.length != totals.length) {
            throw new IllegalArgumentException("one count and one total per question");
        }
        if (Arrays.stream(totals).sum() == 0) {
            return Optional.empty();
        }
        // A new generator per call: an interval does not depend on which figures were computed before it.
        Random random = new Random(seed);
        int n = counts.length;
        double[] ratios = new double[resamples];
        int kept = 0;
        for (int r = 0; r < resamples; r++) {
            long count = 0;
            long total = 0;
            for (int i = 0; i < n; i++) {
                int drawn = random.nextInt(n);
                count += counts[drawn];
                total += totals[drawn];
            }
            // A draw without any concerned question has no ratio: it is left out, not counted as 0.
            if (total > 0) {
                ratios[kept++] = (double) count / total;
            }
        }
        if (kept == 0) {
            return Optional.empty();
        }
        double[] sorted = Arrays.copyOf(ratios, kept);
        Arrays.sort(sorted);
        return Optional.of(new Interval(percentile(sorted, 0.025), percentile(sorted, 0.975)));
    }

    /**
     * The 95% interval of the mean of per-question values (a reciprocal rank, or 1 and 0 for a hit and a
     * miss). Empty when there is no question.
     */
    public Optional<Interval> mean(double[] values) {
        if (values.length == 0) {
            return Optional.empty();
        }
        Random random = new Random(seed);
        int n = values.length;
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                sum += values[random.nextInt(n)];
            }
            means[r] = sum / n;
        }
        Arrays.sort(means);
        return Optional.of(new Interval(percentile(means, 0.025), percentile(means, 0.975)));
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int index = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
