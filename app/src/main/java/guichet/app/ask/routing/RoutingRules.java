package guichet.app.ask.routing;

import guichet.app.ask.safety.PatternRule;
import guichet.app.ask.safety.PatternRules;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The deterministic routes, checked before any model: messages that show someone may be in crisis
 * (suicide, self-harm, abuse, violence, no food or shelter tonight) and requests for help to do harm
 * (fraud, forged documents, weapons). Rules favour recall for crisis: signposting a question that
 * did not need it costs little, missing a person in crisis costs much. Files per language in
 * {@code routing/crisis/} and {@code routing/harmful/}, plus an operator's {@code local.txt}.
 */
@Component
public class RoutingRules {

    private final PatternRules crisis;
    private final PatternRules harmful;

    public RoutingRules(OverridableResources resources) {
        this.crisis = PatternRules.load(resources, List.of("routing/crisis/en.txt", "routing/crisis/fr.txt"),
                List.of("routing/crisis/local.txt"));
        this.harmful = PatternRules.load(resources, List.of("routing/harmful/en.txt", "routing/harmful/fr.txt"),
                List.of("routing/harmful/local.txt"));
    }

    /** The first crisis rule found in any of the texts (e.g. the question as typed and as rephrased). */
    public Optional<PatternRule> crisis(String... texts) {
        return first(crisis, texts);
    }

    /** The first harmful-request rule found in any of the texts. */
    public Optional<PatternRule> harmful(String... texts) {
        return first(harmful, texts);
    }

    private static Optional<PatternRule> first(PatternRules rules, String... texts) {
        for (String text : texts) {
            if (text != null) {
                Optional<PatternRule> rule = rules.firstMatch(text);
                if (rule.isPresent()) {
                    return rule;
                }
            }
        }
        return Optional.empty();
    }
}
