package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;
import java.util.Locale;

/**
 * Retrieval quality of the three modes on one question set. Serialises to exactly
 * {@code {"bm25":{"recall@1",…,"mrr","ndcg@10"},"dense":{…},"hybrid":{…},"questions":N}}.
 *
 * @param misses the questions hybrid search did not answer in its top 5, for inspection (not serialised)
 */
@JsonPropertyOrder({"bm25", "dense", "hybrid", "questions"})
public record EvaluationReport(ModeScores bm25, ModeScores dense, ModeScores hybrid, int questions,
                               @JsonIgnore List<String> misses) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A text table, one row per mode. */
    public String toTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-7s %9s %9s %10s %6s %8s%n", "mode",
                "recall@1", "recall@5", "recall@10", "mrr", "ndcg@10"));
        row(out, "bm25", bm25);
        row(out, "dense", dense);
        row(out, "hybrid", hybrid);
        return out.append("questions: ").append(questions).append('\n').toString();
    }

    private static void row(StringBuilder out, String name, ModeScores s) {
        out.append(String.format(Locale.ROOT, "%-7s %9.3f %9.3f %10.3f %6.3f %8.3f%n", name, s.recallAt1(),
                s.recallAt5(), s.recallAt10(), s.mrr(), s.ndcgAt10()));
    }
}
