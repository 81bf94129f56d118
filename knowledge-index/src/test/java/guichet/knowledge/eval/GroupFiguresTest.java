package guichet.knowledge.eval;

import guichet.knowledge.SearchQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GroupFiguresTest {

    @Test
    void reportsEachSplitThenAllAndWithinEachEveryWording() {
        List<QuestionOutcome> outcomes = List.of(outcome("tune", "typo", 1, 4), outcome("tune", "title", 1, 1),
                outcome("validate", "typo", 0, 2), outcome("validate", "paraphrase", 6, 6));

        List<GroupFigures> groups = GroupFigures.perGroup(outcomes, Bootstrap.STANDARD);

        assertThat(groups).extracting(g -> g.split() + "/" + g.wording()).containsExactly(
                "tune/all", "tune/title", "tune/typo",
                "validate/all", "validate/paraphrase", "validate/typo",
                "all/all", "all/paraphrase", "all/title", "all/typo");
        assertThat(groups).extracting(GroupFigures::questions).containsExactly(2, 1, 1, 2, 1, 1, 4, 1, 1, 2);
    }

    @Test
    void countsAQuestionFoundAtKWhenItsFirstExpectedFicheRanksKOrBetter() {
        // passages: ranks 1, 1, not found, 6; documents: 4, 1, 2, 6
        List<QuestionOutcome> outcomes = List.of(outcome("tune", "typo", 1, 4), outcome("tune", "title", 1, 1),
                outcome("tune", "typo", 0, 2), outcome("tune", "paraphrase", 6, 6));

        GroupFigures all = GroupFigures.perGroup(outcomes, Bootstrap.STANDARD).getFirst();

        RankFigures passages = all.hybrid().passages();
        RankFigures documents = all.hybrid().documents();
        assertThat(passages.recallAt1().value()).isEqualTo(0.5);
        assertThat(passages.recallAt5().value()).isEqualTo(0.5);
        assertThat(passages.recallAt20().value()).isEqualTo(0.75);
        assertThat(documents.recallAt1().value()).isEqualTo(0.25);
        assertThat(documents.recallAt5().value()).isEqualTo(0.75);
        assertThat(documents.mrr().value()).isEqualTo(Math.round((0.25 + 1 + 0.5 + 1.0 / 6) / 4 * 1000) / 1000.0);
        assertThat(documents.recallAt5().low()).isLessThanOrEqualTo(0.75);
        assertThat(documents.recallAt5().high()).isGreaterThanOrEqualTo(0.75).isLessThanOrEqualTo(1.0);
        assertThat(GroupFigures.perGroup(outcomes, Bootstrap.STANDARD)).extracting(GroupFigures::split)
                .as("one split only: no separate all").doesNotContain("all");
    }

    @Test
    void aSetWithoutSplitsOrWordingsIsOneGroup() {
        List<QuestionOutcome> outcomes = List.of(outcome("", "", 1, 1), outcome("", "", 3, 2));

        assertThat(GroupFigures.perGroup(outcomes, Bootstrap.STANDARD)).singleElement()
                .satisfies(g -> assertThat(g.split() + "/" + g.wording() + "/" + g.questions()).isEqualTo("all/all/2"));
    }

    private static QuestionOutcome outcome(String split, String wording, int passageRank, int documentRank) {
        List<QuestionOutcome.Run> runs = new ArrayList<>();
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            runs.add(new QuestionOutcome.Run(mode, Level.PASSAGES, passageRank, 10));
            runs.add(new QuestionOutcome.Run(mode, Level.DOCUMENTS, documentRank, 12));
        }
        return new QuestionOutcome(new RetrievalEvaluation.Question("q", "question", Set.of("F1"), wording, split), 20,
                runs);
    }
}
