package guichet.knowledge.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reciprocal rank fusion (Cormack, Clarke and Büttcher, 2009): an item's fused score is the sum,
 * over the rankings it appears in, of {@code weight / (k + rank)}, rank counted from 1. A pure
 * function: rankings in, fused ranking out.
 */
public final class ReciprocalRankFusion {

    private ReciprocalRankFusion() {
    }

    /** An item and its fused score. */
    public record Fused<T>(T item, double score) {
    }

    /**
     * @param rankings each ranking best first; an item may appear in several
     * @param weights one weight per ranking
     * @param k the constant that damps the top ranks (60 in the original paper)
     * @return every item once, best fused score first; ties keep the order of first appearance
     */
    public static <T> List<Fused<T>> fuse(List<List<T>> rankings, List<Double> weights, int k) {
        if (rankings.size() != weights.size()) {
            throw new IllegalArgumentException(rankings.size() + " rankings but " + weights.size() + " weights");
        }
        if (k < 0) {
            throw new IllegalArgumentException("k must be ≥ 0, not " + k);
        }
        Map<T, Double> scores = new LinkedHashMap<>();
        for (int r = 0; r < rankings.size(); r++) {
            List<T> ranking = rankings.get(r);
            double weight = weights.get(r);
            for (int i = 0; i < ranking.size(); i++) {
                scores.merge(ranking.get(i), weight / (k + i + 1), Double::sum);
            }
        }
        List<Fused<T>> fused = new ArrayList<>(scores.size());
        scores.forEach((item, score) -> fused.add(new Fused<>(item, score)));
        fused.sort(Comparator.comparingDouble((Fused<T> f) -> f.score()).reversed());
        return fused;
    }

    /**
     * The fusion of scores over the same candidates (say, a sentence's meaning and word scores): each
     * array ranks the candidates with a positive score, best first, ties in candidate order.
     *
     * @return each candidate's fused score, by its index; 0 for one no array scored above 0
     */
    public static double[] fuseScores(int k, double[]... scores) {
        int size = scores[0].length;
        List<List<Integer>> rankings = new ArrayList<>(scores.length);
        for (double[] array : scores) {
            Integer[] order = new Integer[size];
            Arrays.setAll(order, i -> i);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> array[i]).reversed());
            rankings.add(Arrays.stream(order).filter(i -> array[i] > 0).toList());
        }
        double[] fused = new double[size];
        for (Fused<Integer> candidate : fuse(rankings, rankings.stream().map(ranking -> 1.0).toList(), k)) {
            fused[candidate.item()] = candidate.score();
        }
        return fused;
    }

    /** The best score an item can get: first in every ranking. Divide by it to get a score in (0, 1]. */
    public static double bestScore(List<Double> weights, int k) {
        return weights.stream().mapToDouble(w -> w / (k + 1)).sum();
    }
}
