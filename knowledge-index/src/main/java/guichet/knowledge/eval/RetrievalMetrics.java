package guichet.knowledge.eval;

import java.util.List;
import java.util.Set;

/**
 * Document-level retrieval metrics for one question: a ranking of distinct document ids against the
 * set of expected ones. Pure functions.
 */
public final class RetrievalMetrics {

    private RetrievalMetrics() {
    }

    /** 1 if any expected document is among the first {@code k}, else 0. */
    public static double hitAt(List<String> ranking, Set<String> expected, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (expected.contains(ranking.get(i))) {
                return 1;
            }
        }
        return 0;
    }

    /** 1 / rank of the first expected document within the first {@code k}, else 0. */
    public static double reciprocalRank(List<String> ranking, Set<String> expected, int k) {
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (expected.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    /**
     * Normalised discounted cumulative gain at {@code k} with binary relevance: each expected
     * document found at rank r gains 1 / log2(r + 1); divided by the gain of the ideal ranking
     * (all expected documents first, at most k of them).
     */
    public static double ndcgAt(List<String> ranking, Set<String> expected, int k) {
        if (expected.isEmpty()) {
            return 0;
        }
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (expected.contains(ranking.get(i))) {
                dcg += 1 / log2(i + 2);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, expected.size()); i++) {
            ideal += 1 / log2(i + 2);
        }
        return dcg / ideal;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
