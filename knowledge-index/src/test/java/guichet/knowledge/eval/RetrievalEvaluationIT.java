package guichet.knowledge.eval;

import guichet.knowledge.SharedIndex;
import guichet.knowledge.TestModels;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RetrievalEvaluationIT {

    @Test
    void scoresTheThreeModesOnAQuestionSet() {
        EvaluationReport report = RetrievalEvaluation.evaluate(SharedIndex.get(),
                TestModels.resource("eval/sample-questions.jsonl"));

        assertThat(report.questions()).isEqualTo(8);
        for (ModeScores scores : java.util.List.of(report.bm25(), report.dense(), report.hybrid())) {
            assertThat(scores.recallAt1()).isBetween(0.0, 1.0);
            assertThat(scores.recallAt1()).isLessThanOrEqualTo(scores.recallAt5());
            assertThat(scores.recallAt5()).isLessThanOrEqualTo(scores.recallAt10());
            assertThat(scores.mrr()).isBetween(scores.recallAt1(), scores.recallAt10());
        }
        assertThat(report.hybrid().recallAt5()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.toJson()).startsWith("{\"bm25\":{\"recall@1\":");
    }
}
