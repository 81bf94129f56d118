package guichet.knowledge.search;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class ReciprocalRankFusionTest {

    @Test
    void sumsWeightOverKPlusRankAcrossRankings() {
        List<ReciprocalRankFusion.Fused<String>> fused = ReciprocalRankFusion.fuse(
                List.of(List.of("a", "b", "c"), List.of("b", "d")), List.of(1.0, 1.0), 60);

        assertThat(fused).extracting(ReciprocalRankFusion.Fused::item).containsExactly("b", "a", "d", "c");
        assertThat(fused.getFirst().score()).isCloseTo(1.0 / 62 + 1.0 / 61, offset(1e-12));
        assertThat(fused.get(1).score()).isCloseTo(1.0 / 61, offset(1e-12));
    }

    @Test
    void scoresOverTheSameCandidatesAreFusedByTheirRanksAndOnlyPositiveScoresCount() {
        double[] meaning = {0.9, 0.8, 0.7};
        double[] words = {0.0, 2.0, 1.0};

        double[] fused = ReciprocalRankFusion.fuseScores(10, meaning, words);

        assertThat(fused[0]).isCloseTo(1.0 / 11, offset(1e-12));
        assertThat(fused[1]).isCloseTo(1.0 / 12 + 1.0 / 11, offset(1e-12));
        assertThat(fused[2]).isCloseTo(1.0 / 13 + 1.0 / 12, offset(1e-12));
    }

    @Test
    void aHeavierRankingWinsTiesOfRank() {
        List<ReciprocalRankFusion.Fused<String>> fused = ReciprocalRankFusion.fuse(
                List.of(List.of("lexical"), List.of("dense")), List.of(1.0, 2.0), 60);

        assertThat(fused.getFirst().item()).isEqualTo("dense");
        assertThat(fused.getFirst().score()).isCloseTo(2.0 / 61, offset(1e-12));
    }

    @Test
    void aSmallKFavoursTheTopOfEachRanking() {
        List<List<String>> rankings = List.of(List.of("x", "y", "z"), List.of("w", "z"));

        assertThat(ReciprocalRankFusion.fuse(rankings, List.of(1.0, 1.0), 0).getFirst().item()).isEqualTo("x");
        assertThat(ReciprocalRankFusion.fuse(rankings, List.of(1.0, 1.0), 60).getFirst().item()).isEqualTo("z");
    }

    @Test
    void bestScoreIsFirstInEveryRanking() {
        assertThat(ReciprocalRankFusion.bestScore(List.of(1.0, 0.5), 60)).isCloseTo(1.5 / 61, offset(1e-12));
    }

    @Test
    void refusesMismatchedWeights() {
        assertThatThrownBy(() -> ReciprocalRankFusion.fuse(List.of(List.of("a")), List.of(1.0, 1.0), 60))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
