package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one split of the set ({@code tune}, {@code validate}, or {@code all} the questions),
 * with strict correctness broken down by question type and by language.
 *
 * @param strictByType strict correctness per {@code type}, over the types that have answerable questions
 *                     ({@code (none)} for questions without a type)
 * @param strictByLanguage strict correctness per language, likewise
 */
public record SplitFigures(@JsonProperty("split") String split,
                           @JsonProperty("questions") int questions,
                           @JsonProperty("answerable") int answerable,
                           @JsonProperty("citation_hit_rate") Figure citationHit,
                           @JsonProperty("strict_correctness") Figure strictCorrect,
                           @JsonProperty("key_fact_coverage") Figure keyFactCoverage,
                           @JsonProperty("correct_refusals") Figure correctRefusals,
                           @JsonProperty("answerable_refused") Figure answerableRefused,
                           @JsonProperty("answered_uncovered") Figure answeredUncovered,
                           @JsonProperty("latency_ms_p50") long latencyP50,
                           @JsonProperty("latency_ms_p95") long latencyP95,
                           @JsonProperty("strict_correctness_by_type") Map<String, Figure> strictByType,
                           @JsonProperty("strict_correctness_by_language") Map<String, Figure> strictByLanguage) {

    /** The name of the group of every question, split or not. */
    public static final String ALL = "all";

    /** The figure of a measure. */
    public Figure figure(Measure measure) {
        return switch (measure) {
            case CITATION_HIT -> citationHit;
            case STRICT_CORRECT -> strictCorrect;
            case KEY_FACT_COVERAGE -> keyFactCoverage;
            case CORRECT_REFUSALS -> correctRefusals;
            case ANSWERABLE_REFUSED -> answerableRefused;
            case ANSWERED_UNCOVERED -> answeredUncovered;
        };
    }

    /** The figures of each split, then of all the questions: tune, validate, all (a split may be empty). */
    public static List<SplitFigures> perSplit(List<AnswerOutcome> outcomes, Bootstrap bootstrap) {
        List<SplitFigures> figures = new ArrayList<>();
        groups(outcomes).forEach((split, members) -> figures.add(of(split, members, bootstrap)));
        return figures;
    }

    /** The outcomes of each split, in the order tune, validate, all; a question without a split is only in all. */
    static Map<String, List<AnswerOutcome>> groups(List<AnswerOutcome> outcomes) {
        Map<String, List<AnswerOutcome>> groups = new LinkedHashMap<>();
        for (String split : AnswerCase.SPLITS) {
            groups.put(split, outcomes.stream().filter(o -> o.split().equals(split)).toList());
        }
        groups.put(ALL, List.copyOf(outcomes));
        return groups;
    }

    static SplitFigures of(String split, List<AnswerOutcome> outcomes, Bootstrap bootstrap) {
        List<Long> latencies = new ArrayList<>(outcomes.stream().map(AnswerOutcome::latencyMillis).toList());
        Collections.sort(latencies);
        return new SplitFigures(split, outcomes.size(), (int) outcomes.stream().filter(AnswerOutcome::answerable).count(),
                Figure.of(Measure.CITATION_HIT, outcomes, bootstrap),
                Figure.of(Measure.STRICT_CORRECT, outcomes, bootstrap),
                Figure.of(Measure.KEY_FACT_COVERAGE, outcomes, bootstrap),
                Figure.of(Measure.CORRECT_REFUSALS, outcomes, bootstrap),
                Figure.of(Measure.ANSWERABLE_REFUSED, outcomes, bootstrap),
                Figure.of(Measure.ANSWERED_UNCOVERED, outcomes, bootstrap),
                percentile(latencies, 0.50), percentile(latencies, 0.95),
                strictBy(outcomes, o -> o.type().isEmpty() ? "(none)" : o.type(), bootstrap),
                strictBy(outcomes, AnswerOutcome::language, bootstrap));
    }

    private static Map<String, Figure> strictBy(List<AnswerOutcome> outcomes, Function<AnswerOutcome, String> key,
                                                Bootstrap bootstrap) {
        Map<String, List<AnswerOutcome>> groups = outcomes.stream().filter(AnswerOutcome::answerable)
                .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.toList()));
        Map<String, Figure> figures = new LinkedHashMap<>();
        groups.forEach((name, members) -> figures.put(name, Figure.of(Measure.STRICT_CORRECT, members, bootstrap)));
        return figures;
    }

    /** Nearest-rank percentile of sorted latencies, 0 when there are none. */
    static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
