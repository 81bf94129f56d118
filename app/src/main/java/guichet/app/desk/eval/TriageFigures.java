package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one group of messages (a split, or all, in one language or all): urgency recall and
 * precision (urgent is the positive class), category accuracy on the primary category and counting
 * the secondary one too, how often a secondary category given is one of the message's topics and how
 * often a message's secondary topic is found, each with its 95% interval, the confusion matrix and the
 * time per message.
 *
 * @param confusion expected category → category given → count
 * @param latencyP50 triage time per message (language, signals, dates, embedding, classifier), median
 */
public record TriageFigures(@JsonProperty("split") String split,
                            @JsonProperty("language") String language,
                            @JsonProperty("messages") int messages,
                            @JsonProperty("urgency_recall") Rate urgencyRecall,
                            @JsonProperty("urgency_precision") Rate urgencyPrecision,
                            @JsonProperty("category_accuracy") Rate categoryAccuracy,
                            @JsonProperty("category_primary_or_secondary") Rate categoryPrimaryOrSecondary,
                            @JsonProperty("secondary_given_right") Rate secondaryGivenRight,
                            @JsonProperty("secondary_found") Rate secondaryFound,
                            @JsonProperty("confusion") Map<String, Map<String, Integer>> confusion,
                            @JsonProperty("latency_ms_p50") long latencyP50,
                            @JsonProperty("latency_ms_p95") long latencyP95) {

    /** The name of the group of every message, split or not, and of every language. */
    public static final String ALL = "all";

    static TriageFigures of(String split, String language, List<TriageOutcome> outcomes, List<String> categories,
                            Bootstrap bootstrap) {
        Map<String, Map<String, Integer>> confusion = new LinkedHashMap<>();
        for (String expected : categories) {
            confusion.put(expected, new LinkedHashMap<>());
        }
        for (TriageOutcome outcome : outcomes) {
            confusion.computeIfAbsent(outcome.expectedCategory(), k -> new LinkedHashMap<>())
                    .merge(outcome.category(), 1, Integer::sum);
        }
        List<Long> latencies = new ArrayList<>(outcomes.stream().map(TriageOutcome::millis).toList());
        Collections.sort(latencies);
        return new TriageFigures(split, language, outcomes.size(),
                Rate.of(outcomes, o -> o.expectedUrgent() && o.saidUrgent() ? 1 : 0, o -> o.expectedUrgent() ? 1 : 0, bootstrap),
                Rate.of(outcomes, o -> o.expectedUrgent() && o.saidUrgent() ? 1 : 0, o -> o.saidUrgent() ? 1 : 0, bootstrap),
                Rate.of(outcomes, o -> o.categoryRight() ? 1 : 0, o -> 1, bootstrap),
                Rate.of(outcomes, o -> o.categoryPrimaryOrSecondary() ? 1 : 0, o -> 1, bootstrap),
                Rate.of(outcomes, o -> o.secondaryRight() ? 1 : 0, o -> o.secondaryCategory() != null ? 1 : 0, bootstrap),
                Rate.of(outcomes, o -> o.secondaryFound() ? 1 : 0, o -> o.expectedSecondary() != null ? 1 : 0, bootstrap),
                confusion, percentile(latencies, 0.50), percentile(latencies, 0.95));
    }

    /**
     * The groups of a set: each split present (tune, validate), then all the messages; within each, every
     * language together, then each language.
     */
    static List<TriageFigures> perGroup(List<TriageOutcome> outcomes, List<String> categories, Bootstrap bootstrap) {
        Map<String, List<TriageOutcome>> splits = new LinkedHashMap<>();
        for (String split : TriageCase.SPLITS) {
            List<TriageOutcome> members = outcomes.stream().filter(o -> o.split().equals(split)).toList();
            if (!members.isEmpty()) {
                splits.put(split, members);
            }
        }
        splits.put(ALL, outcomes);
        List<TriageFigures> groups = new ArrayList<>();
        splits.forEach((split, members) -> {
            groups.add(of(split, ALL, members, categories, bootstrap));
            members.stream().map(TriageOutcome::language).distinct().sorted().forEach(language ->
                    groups.add(of(split, language, members.stream().filter(o -> o.language().equals(language)).toList(),
                            categories, bootstrap)));
        });
        return groups;
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
