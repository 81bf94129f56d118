package guichet.app.desk.analysis.urgency;

import guichet.app.shared.rules.PatternRule;
import guichet.app.shared.rules.PatternRules;
import guichet.app.system.settings.OverridableResources;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;

/**
 * The words that tell how a clause states things ({@code desk/urgency/context/<lang>.txt}, the rule
 * format of {@link PatternRules}; a deployment adds {@code local.txt}): one cue list per {@link Stance}
 * (quoted, hearsay, past, hypothetical, negated, resolved), {@code past_tense} (a bare weekday is then
 * read backwards), and who a risk falls on ({@code staff}, {@code dependant}, {@code writer}). Cues of
 * every language are read in every message: mail mixes them.
 */
public final class ContextCues {

    static final String FOLDER = "desk/urgency/context";

    private final Map<String, List<PatternRule>> byId;

    public ContextCues(PatternRules rules) {
        Map<String, List<PatternRule>> grouped = new LinkedHashMap<>();
        for (PatternRule rule : rules.rules()) {
            grouped.computeIfAbsent(rule.id(), k -> new java.util.ArrayList<>()).add(rule);
        }
        grouped.replaceAll((id, list) -> List.copyOf(list));
        this.byId = Map.copyOf(grouped);
    }

    public static ContextCues load(OverridableResources resources) {
        return new ContextCues(PatternRules.load(resources, List.of(FOLDER + "/en.txt", FOLDER + "/fr.txt"),
                List.of(FOLDER + "/local.txt")));
    }

    /** Every cue with its patterns, for a model's version: other cues read messages differently. */
    public String signature() {
        StringBuilder text = new StringBuilder();
        byId.keySet().stream().sorted().forEach(id -> byId.get(id).forEach(rule -> text.append(rule.qualifiedId())
                .append(rule.patterns()).append('|')));
        return text.toString();
    }

    /** Whether a cue of {@code id} is in the text (in matching form). */
    public boolean any(String id, String matchText) {
        return find(id, matchText).isPresent();
    }

    /** The words of the first cue of {@code id} found in the text (in matching form). */
    public Optional<String> find(String id, String matchText) {
        for (PatternRule rule : byId.getOrDefault(id, List.of())) {
            if (rule.matches(matchText)) {
                Matcher matcher = rule.patterns().getFirst().matcher(matchText);
                return Optional.of(matcher.find() ? matcher.group() : "");
            }
        }
        return Optional.empty();
    }
}
