package guichet.app.ask.routing;

import guichet.app.ask.safety.PatternRule;
import guichet.app.ask.safety.PatternRules;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * The deterministic route checked before the example classifier: requests for help to do harm
 * (fraud, forged documents, weapons). Files per language in {@code routing/harmful/}, plus an
 * operator's {@code local.txt}. (Crises are recognised before, by the crisis detector.)
 */
@Component
public class RoutingRules {

    private final PatternRules harmful;

    public RoutingRules(OverridableResources resources) {
        this.harmful = PatternRules.load(resources, List.of("routing/harmful/en.txt", "routing/harmful/fr.txt"),
                List.of("routing/harmful/local.txt"));
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
