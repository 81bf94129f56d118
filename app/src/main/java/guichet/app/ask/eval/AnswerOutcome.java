package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** How one question of the evaluation set was answered. */
public record AnswerOutcome(@JsonProperty("question") String question,
                            @JsonProperty("kind") String kind,
                            @JsonProperty("answerable") boolean answerable,
                            @JsonProperty("status") String status,
                            @JsonProperty("cited") List<String> cited,
                            @JsonProperty("citation_hit") boolean citationHit,
                            @JsonProperty("key_facts_found") List<String> keyFactsFound,
                            @JsonProperty("key_facts_missing") List<String> keyFactsMissing,
                            @JsonProperty("refusal_correct") Boolean refusalCorrect,
                            @JsonProperty("latency_ms") long latencyMillis,
                            @JsonProperty("answer") String answer,
                            @JsonProperty("trace") List<String> trace) {
}
