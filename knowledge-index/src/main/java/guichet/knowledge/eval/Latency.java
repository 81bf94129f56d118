package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import guichet.knowledge.SearchQuery;

import java.util.Arrays;
import java.util.List;

/**
 * Search times over the questions, in milliseconds: embedding the question once, then each mode's
 * search at each level with that vector (a hybrid search's time includes its BM25 and vector searches).
 */
@JsonPropertyOrder({"embedding", "bm25", "dense", "hybrid"})
public record Latency(Percentiles embedding, ByLevel<Percentiles> bm25, ByLevel<Percentiles> dense,
                      ByLevel<Percentiles> hybrid) {

    /** Median and 95th percentile (nearest rank), in milliseconds. */
    @JsonPropertyOrder({"p50", "p95"})
    public record Percentiles(double p50, double p95) {

        static Percentiles of(double[] millis) {
            if (millis.length == 0) {
                return new Percentiles(0, 0);
            }
            double[] sorted = millis.clone();
            Arrays.sort(sorted);
            return new Percentiles(round(nearestRank(sorted, 0.50)), round(nearestRank(sorted, 0.95)));
        }

        private static double nearestRank(double[] sorted, double p) {
            return sorted[Math.max(0, Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1))];
        }

        private static double round(double value) {
            return Math.round(value * 10) / 10.0;
        }
    }

    public static Latency of(List<QuestionOutcome> outcomes) {
        return new Latency(Percentiles.of(outcomes.stream().mapToDouble(QuestionOutcome::embeddingMillis).toArray()),
                times(SearchQuery.Mode.BM25, outcomes), times(SearchQuery.Mode.DENSE, outcomes),
                times(SearchQuery.Mode.HYBRID, outcomes));
    }

    /** The times of one mode. */
    public ByLevel<Percentiles> of(SearchQuery.Mode mode) {
        return switch (mode) {
            case BM25 -> bm25;
            case DENSE -> dense;
            case HYBRID -> hybrid;
        };
    }

    private static ByLevel<Percentiles> times(SearchQuery.Mode mode, List<QuestionOutcome> outcomes) {
        return ByLevel.of(level -> Percentiles.of(outcomes.stream().mapToDouble(o -> o.run(mode, level).millis())
                .toArray()));
    }
}
