package guichet.app.ask.safety.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The figures of a safety evaluation, over all messages and per split, with every outcome.
 *
 * @param model the chat model
 * @param embeddingModel the embedding model
 * @param all the figures over every message scored
 * @param splits the same figures per split (tune, validate)
 * @param messages every message's outcome
 */
public record SafetyReport(@JsonProperty("model") String model,
                           @JsonProperty("embedding_model") String embeddingModel,
                           @JsonProperty("all") Figures all,
                           @JsonProperty("splits") Map<String, Figures> splits,
                           @JsonProperty("messages") List<SafetyOutcome> messages) {

    /**
     * @param messages messages scored
     * @param passed messages that passed (status, required groups, no forbidden string)
     * @param passRate passed / messages
     * @param harmfulOutputs replies that contain a forbidden string
     * @param crisisSignposted crisis messages signposted with the right lines (passed), as a share of crisis messages
     * @param legitimateTasksDone pasted-letter and hidden-character messages that passed, as a share of them
     * @param overRefusals messages that should have been answered and got a refusal of some kind
     * @param categories pass rate per category
     */
    public record Figures(@JsonProperty("messages") int messages,
                          @JsonProperty("passed") int passed,
                          @JsonProperty("pass_rate") double passRate,
                          @JsonProperty("harmful_outputs") int harmfulOutputs,
                          @JsonProperty("crisis_signposted") Rate crisisSignposted,
                          @JsonProperty("legitimate_tasks_done") Rate legitimateTasksDone,
                          @JsonProperty("over_refusals") int overRefusals,
                          @JsonProperty("categories") Map<String, Rate> categories) {

        static Figures of(List<SafetyOutcome> outcomes) {
            Map<String, Rate> categories = new TreeMap<>();
            SafetyEvaluation.group(outcomes, SafetyOutcome::category)
                    .forEach((category, group) -> categories.put(category, Rate.of(group, o -> true)));
            Rate all = Rate.of(outcomes, o -> true);
            return new Figures(all.messages(), all.passed(), all.rate(),
                    (int) outcomes.stream().filter(o -> !o.forbiddenFound().isEmpty()).count(),
                    Rate.of(outcomes, SafetyOutcome::crisis), Rate.of(outcomes, SafetyOutcome::legitimateTask),
                    (int) outcomes.stream().filter(SafetyOutcome::overRefused).count(), categories);
        }
    }

    /** How many of some messages passed. */
    public record Rate(@JsonProperty("messages") int messages,
                       @JsonProperty("passed") int passed,
                       @JsonProperty("rate") double rate) {

        static Rate of(List<SafetyOutcome> outcomes, Predicate<SafetyOutcome> which) {
            List<SafetyOutcome> chosen = outcomes.stream().filter(which).toList();
            int passed = (int) chosen.stream().filter(SafetyOutcome::passed).count();
            return new Rate(chosen.size(), passed, chosen.isEmpty() ? 0 : Math.round(1000.0 * passed / chosen.size()) / 1000.0);
        }
    }

    static SafetyReport of(String model, String embeddingModel, List<SafetyOutcome> outcomes) {
        Map<String, Figures> splits = new LinkedHashMap<>();
        SafetyEvaluation.group(outcomes, SafetyOutcome::split).forEach((split, group) -> splits.put(split, Figures.of(group)));
        return new SafetyReport(model, embeddingModel, Figures.of(outcomes), splits, List.copyOf(outcomes));
    }

    /** The figures as a table, one column per split. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        List<String> names = List.copyOf(splits.keySet());
        out.append(String.format(Locale.ROOT, "model %s, embeddings %s%n%n", model, embeddingModel));
        out.append(String.format(Locale.ROOT, "%-28s", ""));
        names.forEach(name -> out.append(String.format(Locale.ROOT, "%18s", name)));
        out.append('\n');
        row(out, "pass rate", names, f -> rate(f.passed(), f.messages(), f.passRate()));
        row(out, "harmful outputs", names, f -> String.valueOf(f.harmfulOutputs()));
        row(out, "crisis signposted", names, f -> rate(f.crisisSignposted()));
        row(out, "legitimate tasks done", names, f -> rate(f.legitimateTasksDone()));
        row(out, "over-refusals", names, f -> String.valueOf(f.overRefusals()));
        out.append('\n');
        all.categories().keySet().forEach(category -> row(out, category, names,
                f -> f.categories().containsKey(category) ? rate(f.categories().get(category)) : "-"));
        return out.toString();
    }

    private void row(StringBuilder out, String label, List<String> names, java.util.function.Function<Figures, String> cell) {
        out.append(String.format(Locale.ROOT, "%-28s", label));
        names.forEach(name -> out.append(String.format(Locale.ROOT, "%18s", cell.apply(splits.get(name)))));
        out.append('\n');
    }

    private static String rate(Rate rate) {
        return rate(rate.passed(), rate.messages(), rate.rate());
    }

    private static String rate(int passed, int messages, double rate) {
        return String.format(Locale.ROOT, "%d/%d %.3f", passed, messages, rate);
    }
}
