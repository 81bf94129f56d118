package guichet.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.SearchQuery;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReportTest {

    @Test
    void serialisesToTheAgreedJsonShape() throws Exception {
        ModeScores scores = new ModeScores(0.5, 0.75, 1.0, 0.6, 0.7);
        List<QuestionOutcome> outcomes = List.of(outcome("tune", "typo", 1), outcome("validate", "title", 3));
        EvaluationReport report = new EvaluationReport(scores, scores, scores, 2,
                GroupFigures.perGroup(outcomes, Bootstrap.STANDARD), Latency.of(outcomes), outcomes, List.of("a miss"));

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.fieldNames()).toIterable()
                .containsExactly("bm25", "dense", "hybrid", "questions", "groups", "latency_ms");
        assertThat(json.get("hybrid").fieldNames()).toIterable()
                .containsExactly("recall@1", "recall@5", "recall@10", "mrr", "ndcg@10");
        assertThat(json.get("bm25").get("recall@5").asDouble()).isEqualTo(0.75);
        assertThat(json.get("questions").asInt()).isEqualTo(2);
        JsonNode group = json.get("groups").get(0);
        assertThat(group.fieldNames()).toIterable()
                .containsExactly("split", "wording", "questions", "bm25", "dense", "hybrid");
        assertThat(group.get("hybrid").fieldNames()).toIterable().containsExactly("passages", "documents");
        assertThat(group.get("hybrid").get("documents").fieldNames()).toIterable()
                .containsExactly("recall@1", "recall@5", "recall@20", "mrr");
        assertThat(group.get("hybrid").get("documents").get("recall@1").fieldNames()).toIterable()
                .containsExactly("value", "ci95_low", "ci95_high");
        assertThat(json.get("latency_ms").fieldNames()).toIterable()
                .containsExactly("embedding", "bm25", "dense", "hybrid");
        assertThat(json.get("latency_ms").get("dense").get("passages").fieldNames()).toIterable()
                .containsExactly("p50", "p95");
        assertThat(report.toTable()).contains("hybrid").contains("0.750").contains("tune, all wordings: 1 questions")
                .contains("documents").contains("p50 / p95");
    }

    private static QuestionOutcome outcome(String split, String wording, int rank) {
        List<QuestionOutcome.Run> runs = new ArrayList<>();
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            for (Level level : Level.values()) {
                runs.add(new QuestionOutcome.Run(mode, level, rank, 12.5));
            }
        }
        return new QuestionOutcome(new RetrievalEvaluation.Question("q-" + rank, "question " + rank, Set.of("F1"),
                wording, split), 20.0, runs);
    }
}
