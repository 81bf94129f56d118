package guichet.app.ask.compose;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Reciprocal rank fusion of score arrays over the same candidates: a pure function. */
final class ReciprocalRanks {

    private static final int K = 10;

    private ReciprocalRanks() {
    }

    static double[] fuse(double[]... rankings) {
        int size = rankings[0].length;
        double[] fused = new double[size];
        for (double[] scores : rankings) {
            Integer[] order = IntStream.range(0, size).boxed().toArray(Integer[]::new);
            Arrays.sort(order, Comparator.comparingDouble((Integer i) -> scores[i]).reversed());
            for (int rank = 0; rank < size; rank++) {
                if (scores[order[rank]] > 0) {
                    fused[order[rank]] += 1.0 / (K + rank + 1);
                }
            }
        }
        return fused;
    }
}
