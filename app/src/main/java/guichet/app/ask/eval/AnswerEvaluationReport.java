package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Map;

/**
 * Totals of an answer evaluation, with every question's outcome. The figures are those of the
 * configured relevance threshold, simulated from one run with the gate open ({@code gate} says so).
 *
 * @param minRelevance the configured {@code guichet.ask.min-relevance}
 * @param splits the figures of the tune split, the validate split and all the questions
 * @param refusalCurveSplit the split the refusal curve is read on
 * @param refusalCurve the figures at each threshold of the gate
 * @param questions every question's outcome at the configured threshold
 */
public record AnswerEvaluationReport(@JsonProperty("model") String model,
                                     @JsonProperty("embedding_model") String embeddingModel,
                                     @JsonProperty("citation_hit_rate") double citationHitRate,
                                     @JsonProperty("key_fact_coverage") double keyFactCoverage,
                                     @JsonProperty("refusal_correctness") double refusalCorrectness,
                                     @JsonProperty("answered_rate") double answeredRate,
                                     @JsonProperty("latency_ms_p50") long latencyP50,
                                     @JsonProperty("latency_ms_p95") long latencyP95,
                                     @JsonProperty("statuses") Map<String, Long> statuses,
                                     @JsonProperty("min_relevance") double minRelevance,
                                     @JsonProperty("gate") String gate,
                                     @JsonProperty("splits") List<SplitFigures> splits,
                                     @JsonProperty("refusal_curve_split") String refusalCurveSplit,
                                     @JsonProperty("refusal_curve") List<RefusalCurve.Point> refusalCurve,
                                     @JsonProperty("questions") List<AnswerOutcome> questions) {
}
