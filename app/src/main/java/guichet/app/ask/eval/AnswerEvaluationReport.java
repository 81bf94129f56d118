package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/** Totals of an answer evaluation, with every question's outcome. */
public record AnswerEvaluationReport(@JsonProperty("model") String model,
                                     @JsonProperty("embedding_model") String embeddingModel,
                                     @JsonProperty("citation_hit_rate") double citationHitRate,
                                     @JsonProperty("key_fact_coverage") double keyFactCoverage,
                                     @JsonProperty("refusal_correctness") double refusalCorrectness,
                                     @JsonProperty("answered_rate") double answeredRate,
                                     @JsonProperty("latency_ms_p50") long latencyP50,
                                     @JsonProperty("latency_ms_p95") long latencyP95,
                                     @JsonProperty("statuses") Map<String, Long> statuses,
                                     @JsonProperty("questions") List<AnswerOutcome> questions) {
}
