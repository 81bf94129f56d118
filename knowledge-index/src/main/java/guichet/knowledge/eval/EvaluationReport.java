package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.SearchQuery;

import java.util.List;
import java.util.Locale;

/**
 * Retrieval quality of the three modes on one question set. Serialises to
 * {@code {"bm25":{"recall@1",…,"mrr","ndcg@10"},"dense":{…},"hybrid":{…},"questions":N,"groups":[…],
 * "latency_ms":{…}}}: the first three over the whole set at the document level, then {@link GroupFigures}
 * per split and wording at both levels, and {@link Latency}.
 *
 * @param outcomes each question's ranks and times (not serialised)
 * @param misses the questions hybrid search did not answer in its top 5 documents, for inspection (not serialised)
 */
@JsonPropertyOrder({"bm25", "dense", "hybrid", "questions", "groups", "latency_ms"})
public record EvaluationReport(ModeScores bm25, ModeScores dense, ModeScores hybrid, int questions,
                               List<GroupFigures> groups, @JsonProperty("latency_ms") Latency latency,
                               @JsonIgnore List<QuestionOutcome> outcomes, @JsonIgnore List<String> misses) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String toJson() {
        try {
            return JSON.writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A text table, one row per mode over the whole set; then, per group of questions, one row per mode and
     * level with its 95% intervals; then the search times.
     */
    public String toTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-7s %9s %9s %10s %6s %8s%n", "mode",
                "recall@1", "recall@5", "recall@10", "mrr", "ndcg@10"));
        row(out, "bm25", bm25);
        row(out, "dense", dense);
        row(out, "hybrid", hybrid);
        out.append("questions: ").append(questions).append(" (documents ranked from their best passages)\n");
        for (GroupFigures group : groups) {
            out.append(String.format(Locale.ROOT, "%n%s, %s wordings: %d questions (95%% bootstrap intervals, %d resamples)%n",
                    group.split(), group.wording(), group.questions(), Bootstrap.STANDARD.resamples()));
            out.append(String.format(Locale.ROOT, "%-7s %-10s %-19s %-19s %-19s %-19s%n", "mode", "level", "recall@1",
                    "recall@5", "recall@" + RankFigures.DEPTH, "mrr"));
            for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
                for (Level level : Level.values()) {
                    RankFigures f = group.of(mode).get(level);
                    out.append(String.format(Locale.ROOT, "%-7s %-10s %-19s %-19s %-19s %-19s%n", name(mode),
                            level.label(), cell(f.recallAt1()), cell(f.recallAt5()), cell(f.recallAt20()), cell(f.mrr())));
                }
            }
        }
        out.append(String.format(Locale.ROOT, "%nsearch time, ms (p50 / p95): embedding %.1f / %.1f%n",
                latency.embedding().p50(), latency.embedding().p95()));
        for (SearchQuery.Mode mode : SearchQuery.Mode.values()) {
            for (Level level : Level.values()) {
                Latency.Percentiles p = latency.of(mode).get(level);
                out.append(String.format(Locale.ROOT, "%-7s %-10s %6.1f / %6.1f%n", name(mode), level.label(), p.p50(),
                        p.p95()));
            }
        }
        return out.toString();
    }

    private static String name(SearchQuery.Mode mode) {
        return mode.name().toLowerCase(Locale.ROOT);
    }

    private static String cell(Estimate e) {
        return e.low() == null ? String.format(Locale.ROOT, "%.3f", e.value())
                : String.format(Locale.ROOT, "%.3f [%.3f,%.3f]", e.value(), e.low(), e.high());
    }

    private static void row(StringBuilder out, String name, ModeScores s) {
        out.append(String.format(Locale.ROOT, "%-7s %9.3f %9.3f %10.3f %6.3f %8.3f%n", name, s.recallAt1(),
                s.recallAt5(), s.recallAt10(), s.mrr(), s.ndcgAt10()));
    }
}
