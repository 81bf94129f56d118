package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Figures of a triage evaluation.
 *
 * @param confusion expected category → predicted category → count
 * @param secondsPerMessage triage time (language, signals, embedding, classifier) per message
 */
public record TriageReport(@JsonProperty("messages") int messages,
                           @JsonProperty("urgency_precision") double urgencyPrecision,
                           @JsonProperty("urgency_recall") double urgencyRecall,
                           @JsonProperty("urgent_expected") int urgentExpected,
                           @JsonProperty("urgent_predicted") int urgentPredicted,
                           @JsonProperty("category_accuracy") double categoryAccuracy,
                           @JsonProperty("seconds_per_message") double secondsPerMessage,
                           @JsonProperty("classifier_version") String classifierVersion,
                           @JsonProperty("categories") List<String> categories,
                           @JsonProperty("confusion") Map<String, Map<String, Integer>> confusion,
                           @JsonProperty("outcomes") List<TriageOutcome> outcomes) {

    /** The figures, the confusion matrix and the misses, as a table. */
    public String toTable(boolean withMisses) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "messages %d, classifier %s%n", messages, classifierVersion));
        out.append(String.format(Locale.ROOT, "urgency: precision %.3f, recall %.3f (%d urgent expected, %d predicted)%n",
                urgencyPrecision, urgencyRecall, urgentExpected, urgentPredicted));
        out.append(String.format(Locale.ROOT, "category accuracy %.3f%n", categoryAccuracy));
        out.append(String.format(Locale.ROOT, "seconds per message %.3f%n%n", secondsPerMessage));
        out.append("confusion (rows: expected, columns: predicted)\n");
        int width = 4;
        out.append(String.format(Locale.ROOT, "%-26s", ""));
        for (int i = 0; i < categories.size(); i++) {
            out.append(String.format(Locale.ROOT, "%" + width + "s", "c" + (i + 1)));
        }
        out.append('\n');
        for (int i = 0; i < categories.size(); i++) {
            String expected = categories.get(i);
            out.append(String.format(Locale.ROOT, "c%-2d %-22s", i + 1, abbreviate(expected, 22)));
            for (String predicted : categories) {
                int count = confusion.getOrDefault(expected, Map.of()).getOrDefault(predicted, 0);
                out.append(String.format(Locale.ROOT, "%" + width + "s", count == 0 ? "." : Integer.toString(count)));
            }
            out.append('\n');
        }
        if (withMisses) {
            out.append('\n');
            for (TriageOutcome outcome : outcomes) {
                if (!outcome.urgencyRight() || !outcome.categoryRight()) {
                    out.append(String.format(Locale.ROOT, "%-12s urgency %s→%s  category %s→%s%n", outcome.id(),
                            outcome.expectedUrgency(), outcome.urgency(), outcome.expectedCategory(), outcome.category()));
                }
            }
        }
        return out.toString();
    }

    private static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
