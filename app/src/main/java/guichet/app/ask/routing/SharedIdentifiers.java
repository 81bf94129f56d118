package guichet.app.ask.routing;

import guichet.app.shared.privacy.PersonalDataKind;
import guichet.app.shared.rules.PatternRules;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a message gives the identifiers or secrets of an account: a National Insurance or social
 * security number or a card number (found and redacted by CheckInput, seen here by their flags), or
 * bank details, a password or a login written out ({@code routing/cues/identifiers.txt}). Someone who
 * sends these with a request about their own claim expects Guichet to open their account, which it
 * cannot: that request is routed to the account reply whatever the examples make of the rest.
 */
@Component
public class SharedIdentifiers {

    static final String FILE = "routing/cues/identifiers.txt";

    /** Numbers that open a claim; a phone number or an e-mail address is given to be contacted, not for this. */
    private static final Set<String> FLAGS = Set.of(PersonalDataKind.NATIONAL_INSURANCE_NUMBER.flag(),
            PersonalDataKind.FRENCH_SOCIAL_SECURITY_NUMBER.flag(), PersonalDataKind.PAYMENT_CARD.flag());

    private final PatternRules rules;

    public SharedIdentifiers(OverridableResources resources) {
        this.rules = PatternRules.load(resources, List.of(FILE), List.of());
    }

    /**
     * @param flags the message's flags so far ({@code personal_data:nir}...)
     * @param text the citizen's request as typed (redacted)
     * @return what was given: a flag or a rule's id; empty when nothing
     */
    public Optional<String> find(Collection<String> flags, String text) {
        Optional<String> flagged = flags.stream().filter(FLAGS::contains).findFirst();
        return flagged.isPresent() ? flagged : rules.firstMatch(text).map(rule -> rule.qualifiedId());
    }
}
