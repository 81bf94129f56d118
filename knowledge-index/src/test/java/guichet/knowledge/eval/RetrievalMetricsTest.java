package guichet.knowledge.eval;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

class RetrievalMetricsTest {

    private static final List<String> RANKING = List.of("d1", "d2", "d3", "d4", "d5", "d6", "d7", "d8", "d9", "d10",
            "d11");

    @Test
    void countsAHitWhenAnyExpectedDocumentIsWithinK() {
        assertThat(RetrievalMetrics.hitAt(RANKING, Set.of("d3", "x"), 1)).isZero();
        assertThat(RetrievalMetrics.hitAt(RANKING, Set.of("d3", "x"), 5)).isEqualTo(1);
        assertThat(RetrievalMetrics.hitAt(RANKING, Set.of("d11"), 10)).isZero();
        assertThat(RetrievalMetrics.hitAt(List.of(), Set.of("d1"), 10)).isZero();
    }

    @Test
    void reciprocalRankIsOneOverTheFirstExpectedRank() {
        assertThat(RetrievalMetrics.reciprocalRank(RANKING, Set.of("d4", "d2"), 10)).isEqualTo(0.5);
        assertThat(RetrievalMetrics.reciprocalRank(RANKING, Set.of("d1"), 10)).isEqualTo(1.0);
        assertThat(RetrievalMetrics.reciprocalRank(RANKING, Set.of("d11"), 10)).isZero();
    }

    @Test
    void ndcgIsOneForAnIdealRankingAndDiscountsLaterHits() {
        assertThat(RetrievalMetrics.ndcgAt(RANKING, Set.of("d1", "d2"), 10)).isCloseTo(1.0, offset(1e-12));
        // one expected document at rank 3: (1/log2(4)) / (1/log2(2)) = 0.5
        assertThat(RetrievalMetrics.ndcgAt(RANKING, Set.of("d3"), 10)).isCloseTo(0.5, offset(1e-12));
        // two expected, found at ranks 2 and 4: (1/log2 3 + 1/log2 5) / (1 + 1/log2 3)
        double expected = (1 / log2(3) + 1 / log2(5)) / (1 + 1 / log2(3));
        assertThat(RetrievalMetrics.ndcgAt(RANKING, Set.of("d2", "d4"), 10)).isCloseTo(expected, offset(1e-12));
        assertThat(RetrievalMetrics.ndcgAt(RANKING, Set.of("d11"), 10)).isZero();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
