package guichet.knowledge.eval;

import guichet.knowledge.KnowledgeException;
import guichet.knowledge.SharedIndex;
import guichet.knowledge.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetrievalEvaluationIT {

    @Test
    void scoresTheThreeModesOnAQuestionSet() {
        EvaluationReport report = RetrievalEvaluation.evaluate(SharedIndex.get(),
                TestModels.resource("eval/sample-questions.jsonl"));

        assertThat(report.questions()).isEqualTo(8);
        for (ModeScores scores : List.of(report.bm25(), report.dense(), report.hybrid())) {
            assertThat(scores.recallAt1()).isBetween(0.0, 1.0);
            assertThat(scores.recallAt1()).isLessThanOrEqualTo(scores.recallAt5());
            assertThat(scores.recallAt5()).isLessThanOrEqualTo(scores.recallAt10());
            assertThat(scores.mrr()).isBetween(scores.recallAt1(), scores.recallAt10());
        }
        assertThat(report.hybrid().recallAt5()).isGreaterThanOrEqualTo(0.85);
        assertThat(report.toJson()).startsWith("{\"bm25\":{\"recall@1\":");
    }

    @Test
    void reportsEachSplitAndWordingAtThePassageAndTheDocumentLevelWithTimes() {
        EvaluationReport report = RetrievalEvaluation.evaluate(SharedIndex.get(),
                TestModels.resource("eval/sample-questions.jsonl"));

        assertThat(report.groups()).extracting(g -> g.split() + "/" + g.wording()).containsExactly(
                "tune/all", "tune/paraphrase", "tune/situation", "tune/spoken",
                "validate/all", "validate/paraphrase", "validate/situation", "validate/spoken",
                "all/all", "all/paraphrase", "all/situation", "all/spoken");
        GroupFigures all = report.groups().get(8);
        assertThat(all.questions()).isEqualTo(8);
        RankFigures documents = all.hybrid().documents();
        assertThat(documents.recallAt5().value()).isEqualTo(report.hybrid().recallAt5());
        assertThat(documents.recallAt20().value()).isGreaterThanOrEqualTo(documents.recallAt5().value());
        assertThat(documents.recallAt5().low()).isLessThanOrEqualTo(documents.recallAt5().value());
        assertThat(all.hybrid().passages().recallAt20().value()).isBetween(0.0, 1.0);
        assertThat(report.latency().hybrid().documents().p50()).isPositive();
        assertThat(report.latency().hybrid().documents().p95())
                .isGreaterThanOrEqualTo(report.latency().hybrid().documents().p50());
        assertThat(report.latency().embedding().p50()).isPositive();
        assertThat(report.toTable()).contains("validate, spoken wordings: 1 questions");
    }

    @Test
    void refusesASplitOtherThanTuneOrValidate(@TempDir Path folder) throws IOException {
        Path set = Files.writeString(folder.resolve("bad.jsonl"),
                "{\"question\": \"q\", \"expected\": [\"F1\"], \"split\": \"test\"}\n");

        assertThatThrownBy(() -> RetrievalEvaluation.readQuestions(set)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("line 1").hasMessageContaining("tune or validate");
    }
}
