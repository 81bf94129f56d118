package guichet.app.ask.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerEvaluationTableTest {

    @Test
    void printsEachSplitTheBreakdownsAndTheCurveMarkingTheConfiguredThreshold() {
        String table = AnswerEvaluationTable.of(AnswerEvaluation.report(DevSetOutcomes.gateOpen(), 0.89, "m", "e"));

        assertThat(table).containsPattern("\\s+tune\\s+validate\\s+all\\n");
        assertThat(table).containsPattern("strict correctness\\s+0\\.333 \\[0\\.000, 1\\.000\\] 1/3");
        assertThat(table).contains("simulated from one run with the relevance gate open", "strict correctness by type",
                "  multi_part", "strict correctness by language", "refusal curve of the relevance gate on the tune split");
        assertThat(table).containsPattern("0\\.890 \\*\\s+2\\s+0\\.500\\s+0\\.333\\s+1/1\\s+1/3");
    }

    @Test
    void saysSoWhenNoQuestionIsInTheTuneSplit() {
        var unsplit = DevSetOutcomes.gateOpen().stream().filter(o -> o.split().isEmpty()).toList();

        String table = AnswerEvaluationTable.of(AnswerEvaluation.report(unsplit, 0.89, "m", "e"));

        assertThat(table).contains("refusal curve: no question in the tune split");
    }
}
