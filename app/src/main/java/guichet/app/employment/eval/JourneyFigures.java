package guichet.app.employment.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * The figures of one split of a scenario set ({@code tune}, {@code validate}, or {@code all}).
 *
 * @param passRate scenarios whose expected outcomes, tools and plan were reached in their own turns
 * @param factPrecision held facts that were stated with that value, over the scored facts held
 * @param factRecall stated facts held with that value, over the facts stated
 * @param meanTurns scripted turns until the expectations were met (all of them when they were not)
 * @param turnLatencyP50 median time of a scripted turn, in milliseconds
 * @param turnLatencyP95 95th percentile of that time
 * @param askedMissing scenarios that leave a fact out on purpose whose last reply asked for it
 * @param passRateWithAnswers scenarios met once the citizen answered the journey's questions
 * @param meanTurnsWithAnswers turns needed then, answers included
 * @param answers questions the scripted citizens answered, in all
 */
public record JourneyFigures(@JsonProperty("split") String split,
                             @JsonProperty("scenarios") int scenarios,
                             @JsonProperty("pass_rate") Rate passRate,
                             @JsonProperty("fact_precision") Rate factPrecision,
                             @JsonProperty("fact_recall") Rate factRecall,
                             @JsonProperty("mean_turns") double meanTurns,
                             @JsonProperty("turn_latency_ms_p50") long turnLatencyP50,
                             @JsonProperty("turn_latency_ms_p95") long turnLatencyP95,
                             @JsonProperty("asked_missing") Rate askedMissing,
                             @JsonProperty("pass_rate_with_answers") Rate passRateWithAnswers,
                             @JsonProperty("mean_turns_with_answers") double meanTurnsWithAnswers,
                             @JsonProperty("answers") int answers) {

    static final String ALL = "all";
    static final List<String> SPLITS = List.of("tune", "validate");

    /** The figures of tune and validate (when the set has them), then of all the scenarios. */
    static List<JourneyFigures> perSplit(List<JourneyEvaluation.Outcome> outcomes) {
        Map<String, List<JourneyEvaluation.Outcome>> groups = new LinkedHashMap<>();
        for (String split : SPLITS) {
            List<JourneyEvaluation.Outcome> members = outcomes.stream().filter(o -> split.equals(o.split())).toList();
            if (!members.isEmpty()) {
                groups.put(split, members);
            }
        }
        groups.put(ALL, outcomes);
        List<JourneyFigures> figures = new ArrayList<>();
        groups.forEach((split, members) -> figures.add(of(split, members)));
        return figures;
    }

    static JourneyFigures of(String split, List<JourneyEvaluation.Outcome> outcomes) {
        List<Long> latencies = new ArrayList<>(outcomes.stream().flatMap(o -> o.turnMillis().stream()).sorted().toList());
        return new JourneyFigures(split, outcomes.size(),
                rate(outcomes, o -> o.passed() ? 1 : 0, o -> 1),
                rate(outcomes, o -> o.facts() == null ? 0 : o.facts().correct(), o -> o.facts() == null ? 0 : o.facts().held()),
                rate(outcomes, o -> o.facts() == null ? 0 : o.facts().correct(),
                        o -> o.facts() == null ? 0 : o.facts().expected()),
                outcomes.stream().mapToInt(JourneyEvaluation.Outcome::turns).average().orElse(0),
                percentile(latencies, 0.50), percentile(latencies, 0.95),
                rate(outcomes, o -> Boolean.TRUE.equals(o.askedMissing()) ? 1 : 0, o -> o.askedMissing() == null ? 0 : 1),
                rate(outcomes, o -> o.passedWithAnswers() ? 1 : 0, o -> 1),
                outcomes.stream().mapToInt(JourneyEvaluation.Outcome::turnsWithAnswers).average().orElse(0),
                outcomes.stream().mapToInt(o -> o.answers().size()).sum());
    }

    private static Rate rate(List<JourneyEvaluation.Outcome> outcomes, ToLongFunction<JourneyEvaluation.Outcome> count,
                             ToLongFunction<JourneyEvaluation.Outcome> total) {
        return Rate.of(outcomes.stream().mapToLong(count).toArray(), outcomes.stream().mapToLong(total).toArray());
    }

    /** Nearest-rank percentile of sorted values, 0 when there are none. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
