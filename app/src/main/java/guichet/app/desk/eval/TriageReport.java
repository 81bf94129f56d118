package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of a triage evaluation: per group (split × language), the misses with their reasons, and
 * every message's outcome.
 *
 * @param classifierVersion the classifier that decided
 * @param embedder the embedding model the classifier read
 * @param resamples bootstrap resamples behind each interval (95%, percentile, fixed seed)
 */
public record TriageReport(@JsonProperty("messages") int messages,
                           @JsonProperty("classifier_version") String classifierVersion,
                           @JsonProperty("embedder") String embedder,
                           @JsonProperty("bootstrap_resamples") int resamples,
                           @JsonProperty("categories") List<String> categories,
                           @JsonProperty("groups") List<TriageFigures> groups,
                           @JsonProperty("misses") List<Miss> misses,
                           @JsonProperty("outcomes") List<TriageOutcome> outcomes) {

    /** A message labelled wrongly, and what triage said about it. */
    public record Miss(@JsonProperty("id") String id, @JsonProperty("split") String split,
                       @JsonProperty("language") String language, @JsonProperty("miss") String miss,
                       @JsonProperty("urgency_reason") String urgencyReason,
                       @JsonProperty("category_reason") String categoryReason, @JsonProperty("note") String note) {
    }

    static TriageReport of(List<TriageOutcome> outcomes, List<String> categories, String version, String embedder,
                           Bootstrap bootstrap) {
        List<Miss> misses = outcomes.stream().filter(o -> !o.miss().isEmpty())
                .map(o -> new Miss(o.id(), o.split(), o.language(), o.miss(), o.urgencyReason(), o.categoryReason(), o.note()))
                .toList();
        return new TriageReport(outcomes.size(), version, embedder, bootstrap.resamples(), List.copyOf(categories),
                TriageFigures.perGroup(outcomes, categories, bootstrap), misses, List.copyOf(outcomes));
    }

    /** The figures of one split (or {@code all}) in one language (or {@code all}). */
    public TriageFigures group(String split, String language) {
        return groups.stream().filter(g -> g.split().equals(split) && g.language().equals(language)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no group " + split + "/" + language));
    }

    /** Urgency recall over every message (1 when none is urgent). */
    @JsonIgnore
    public double urgencyRecall() {
        Double rate = group(TriageFigures.ALL, TriageFigures.ALL).urgencyRecall().rate();
        return rate == null ? 1 : rate;
    }

    /** Urgency precision over every message (0 when none was called urgent). */
    @JsonIgnore
    public double urgencyPrecision() {
        Double rate = group(TriageFigures.ALL, TriageFigures.ALL).urgencyPrecision().rate();
        return rate == null ? 0 : rate;
    }

    /** Primary category accuracy over every message. */
    @JsonIgnore
    public double categoryAccuracy() {
        Double rate = group(TriageFigures.ALL, TriageFigures.ALL).categoryAccuracy().rate();
        return rate == null ? 0 : rate;
    }

    /** The figures per group, a confusion matrix per group and, when asked, the misses with their reasons. */
    public String toTable(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "messages %d, classifier %s, embedder %s%n", messages, classifierVersion,
                embedder));
        out.append(String.format(Locale.ROOT, "rate [95%% interval: percentile bootstrap, %d resamples] count/total%n%n",
                resamples));
        String row = "%-9s %-4s %5s  %-28s %-28s %-28s %-28s %6s %6s%n";
        out.append(String.format(Locale.ROOT, row, "split", "lang", "msgs", "urgency recall", "urgency precision",
                "category (primary)", "category (1st is 1st or 2nd)", "p50 ms", "p95 ms"));
        for (TriageFigures group : groups) {
            out.append(String.format(Locale.ROOT, row, group.split(), group.language(), group.messages(),
                    group.urgencyRecall().describe(), group.urgencyPrecision().describe(),
                    group.categoryAccuracy().describe(), group.categoryPrimaryOrSecondary().describe(),
                    group.latencyP50(), group.latencyP95()));
        }
        out.append("\nsecondary category: given and one of the message's topics / the message's secondary topic found\n");
        for (TriageFigures group : groups) {
            out.append(String.format(Locale.ROOT, "%-9s %-4s %-28s %-28s%n", group.split(), group.language(),
                    group.secondaryGivenRight().describe(), group.secondaryFound().describe()));
        }
        out.append("\nconfusion (rows: expected, columns: given)\n");
        for (int i = 0; i < categories.size(); i++) {
            out.append(String.format(Locale.ROOT, "  c%-2d %s%n", i + 1, categories.get(i)));
        }
        for (TriageFigures group : groups) {
            out.append(String.format(Locale.ROOT, "%n%s / %s (%d)%n", group.split(), group.language(), group.messages()));
            out.append(confusion(group.confusion()));
        }
        if (withMisses) {
            out.append(String.format(Locale.ROOT, "%nmisses (%d)%n", misses.size()));
            for (Miss miss : misses) {
                out.append(String.format(Locale.ROOT, "%s [%s %s] %s%n", miss.id(), miss.split().isEmpty() ? "-" : miss.split(),
                        miss.language(), miss.miss()));
                if (miss.miss().contains("urgent missed") || miss.miss().contains("false alarm")) {
                    out.append("    urgency: ").append(miss.urgencyReason()).append('\n');
                }
                if (miss.miss().contains("category")) {
                    out.append("    category: ").append(miss.categoryReason()).append('\n');
                }
                if (!miss.note().isBlank()) {
                    out.append("    set note: ").append(miss.note()).append('\n');
                }
            }
        }
        return out.toString();
    }

    private String confusion(Map<String, Map<String, Integer>> matrix) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-5s", ""));
        for (int i = 0; i < categories.size(); i++) {
            out.append(String.format(Locale.ROOT, "%4s", "c" + (i + 1)));
        }
        out.append('\n');
        for (int i = 0; i < categories.size(); i++) {
            out.append(String.format(Locale.ROOT, "%-5s", "c" + (i + 1)));
            for (String given : categories) {
                int count = matrix.getOrDefault(categories.get(i), Map.of()).getOrDefault(given, 0);
                out.append(String.format(Locale.ROOT, "%4s", count == 0 ? "." : Integer.toString(count)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
