package guichet.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EvaluationReportTest {

    @Test
    void serialisesToTheAgreedJsonShape() throws Exception {
        ModeScores scores = new ModeScores(0.5, 0.75, 1.0, 0.6, 0.7);
        EvaluationReport report = new EvaluationReport(scores, scores, scores, 4, List.of("a miss"));

        JsonNode json = new ObjectMapper().readTree(report.toJson());

        assertThat(json.fieldNames()).toIterable().containsExactly("bm25", "dense", "hybrid", "questions");
        assertThat(json.get("hybrid").fieldNames()).toIterable()
                .containsExactly("recall@1", "recall@5", "recall@10", "mrr", "ndcg@10");
        assertThat(json.get("bm25").get("recall@5").asDouble()).isEqualTo(0.75);
        assertThat(json.get("questions").asInt()).isEqualTo(4);
        assertThat(report.toTable()).contains("hybrid").contains("0.750");
    }
}
