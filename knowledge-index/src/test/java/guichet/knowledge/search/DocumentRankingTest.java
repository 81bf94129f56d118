package guichet.knowledge.search;

import guichet.knowledge.InvalidKnowledgeSettingsException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

class DocumentRankingTest {

    /** A passage of a fiche and its fused score, as a hybrid search ranks them. */
    private record Scored(String chunk, String fiche, double score) {
    }

    // "Licenciement: indemnités" has one passage a little ahead; "Indemnité de licenciement" matches in three sections.
    private static final List<Scored> RANKED = List.of(
            new Scored("F987#2", "F987", 0.90),
            new Scored("F987#0", "F987", 0.85),
            new Scored("F987#5", "F987", 0.80),
            new Scored("F2883#1", "F2883", 0.88),
            new Scored("F987#7", "F987", 0.30),
            new Scored("F1234#0", "F1234", 0.40));

    private static List<DocumentRanking.Ranked<Scored>> rank(DocumentRanking ranking, List<Scored> passages) {
        return ranking.rank(passages, Scored::fiche, Scored::score);
    }

    @Test
    void aFicheMatchingInSeveralSectionsGoesAheadOfOneWithASingleSlightlyBetterPassage() {
        List<Scored> ranked = List.of(new Scored("F2883#1", "F2883", 0.92), RANKED.get(0), RANKED.get(1),
                RANKED.get(2), RANKED.get(5));

        assertThat(rank(new DocumentRanking(3, 0.1), ranked)).extracting(DocumentRanking.Ranked::document)
                .containsExactly("F987", "F2883", "F1234");
        assertThat(rank(new DocumentRanking(3, 0.1), ranked).getFirst().score()).isCloseTo(0.90 + 0.1 * (0.85 + 0.80),
                offset(1e-9));
    }

    @Test
    void withoutAShareFichesComeInTheOrderOfTheirBestPassage() {
        assertThat(rank(new DocumentRanking(3, 0), RANKED)).extracting(DocumentRanking.Ranked::document)
                .containsExactly("F987", "F2883", "F1234");
        assertThat(rank(new DocumentRanking(1, 0.5), RANKED).getFirst().score()).isEqualTo(0.90);
    }

    @Test
    void oneStrongPassageOutweighsSeveralWeakOnes() {
        List<Scored> ranked = List.of(new Scored("F2883#1", "F2883", 0.95), new Scored("F10#0", "F10", 0.50),
                new Scored("F10#1", "F10", 0.49), new Scored("F10#2", "F10", 0.48));

        assertThat(rank(new DocumentRanking(3, 0.1), ranked).getFirst().document()).isEqualTo("F2883");
    }

    @Test
    void keepsEachFichesBestPassagesBestFirstAndNoMoreThanAsked() {
        List<DocumentRanking.Ranked<Scored>> fiches = rank(new DocumentRanking(2, 0.1), RANKED);

        assertThat(fiches.getFirst().passages()).extracting(Scored::chunk).containsExactly("F987#2", "F987#0");
        assertThat(fiches).allSatisfy(f -> assertThat(f.passages()).hasSizeBetween(1, 2)
                .allMatch(p -> p.fiche().equals(f.document())));
        assertThat(fiches).hasSize(3);
    }

    @Test
    void refusesSettingsOutsideTheirRange() {
        assertThatThrownBy(() -> new DocumentRanking(0, 0.1)).isInstanceOf(InvalidKnowledgeSettingsException.class);
        assertThatThrownBy(() -> new DocumentRanking(3, 1.5)).isInstanceOf(InvalidKnowledgeSettingsException.class);
        assertThatThrownBy(() -> new DocumentRanking(3, Double.NaN)).isInstanceOf(InvalidKnowledgeSettingsException.class);
    }
}
