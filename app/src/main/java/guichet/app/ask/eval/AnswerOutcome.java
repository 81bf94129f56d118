package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How one question of the evaluation set was answered.
 *
 * @param answered the status is in the answered family (a "partly answered" status counts as answered)
 * @param strictCorrect answered, citing an expected page and containing every key fact
 * @param relevance the score the relevance gate read, null when the pipeline stopped before the gate
 */
public record AnswerOutcome(@JsonProperty("id") String id,
                            @JsonProperty("question") String question,
                            @JsonProperty("kind") String kind,
                            @JsonProperty("language") String language,
                            @JsonProperty("type") String type,
                            @JsonProperty("split") String split,
                            @JsonProperty("answerable") boolean answerable,
                            @JsonProperty("status") String status,
                            @JsonProperty("answered") boolean answered,
                            @JsonProperty("cited") List<String> cited,
                            @JsonProperty("citation_hit") boolean citationHit,
                            @JsonProperty("key_facts_found") List<String> keyFactsFound,
                            @JsonProperty("key_facts_missing") List<String> keyFactsMissing,
                            @JsonProperty("strict_correct") boolean strictCorrect,
                            @JsonProperty("refusal_correct") Boolean refusalCorrect,
                            @JsonProperty("relevance") Double relevance,
                            @JsonProperty("latency_ms") long latencyMillis,
                            @JsonProperty("answer") String answer,
                            @JsonProperty("trace") List<String> trace) {

    /**
     * What a run with the relevance gate at {@code threshold} would have given, this outcome coming from a
     * run with the gate open: a question whose relevance is below it is refused (status unanswerable, no
     * citation, no fact); any other keeps its status, since nothing after the gate reads the threshold.
     * The answer text is kept, so that one can read what the gate held back.
     */
    public AnswerOutcome atThreshold(double threshold) {
        // The gate's own comparison, so that a score it lets through (NaN included) is let through here too.
        if (relevance == null || !(relevance < threshold)) {
            return this;
        }
        List<String> missing = new ArrayList<>(keyFactsFound);
        missing.addAll(keyFactsMissing);
        List<String> refusedTrace = new ArrayList<>(trace);
        refusedTrace.add(String.format(Locale.ROOT, "RelevanceGate:unanswerable (simulated: relevance %.4f below %.3f)",
                relevance, threshold));
        return new AnswerOutcome(id, question, kind, language, type, split, answerable, "unanswerable", false, List.of(),
                false, List.of(), missing, false, answerable ? null : true, relevance, latencyMillis, answer, refusedTrace);
    }

    /** Key facts this question expects. */
    public int keyFactCount() {
        return keyFactsFound.size() + keyFactsMissing.size();
    }
}
