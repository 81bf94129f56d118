package guichet.app.shared.privacy;

import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds every piece of personal data in a text and replaces each with a typed placeholder. When two
 * detectors claim overlapping text, the more specific one wins, in this order: email, French social
 * security number (its key is checked), National Insurance number, card number (Luhn), phone number.
 */
@Component
public class PersonalDataRedactor {

    private final List<PersonalDataDetector> detectors = List.of(new EmailAddresses(),
            new FrenchSocialSecurityNumbers(), new NationalInsuranceNumbers(), new PaymentCardNumbers(),
            new PhoneNumbers());

    /** Every piece of personal data in {@code text}, non-overlapping, in order of position. */
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> accepted = new ArrayList<>();
        for (PersonalDataDetector detector : detectors) {
            for (PersonalDataMatch match : detector.find(text)) {
                if (accepted.stream().noneMatch(match::overlaps)) {
                    accepted.add(match);
                }
            }
        }
        accepted.sort(Comparator.comparingInt(PersonalDataMatch::start));
        return List.copyOf(accepted);
    }

    /** {@code text} with each match (sorted, non-overlapping, as {@link #find} returns them) replaced by the placeholder for its kind. */
    public static Redaction redact(String text, List<PersonalDataMatch> matches,
                                   Function<PersonalDataKind, String> placeholder) {
        StringBuilder out = new StringBuilder(text.length());
        Set<PersonalDataKind> kinds = new LinkedHashSet<>();
        int at = 0;
        for (PersonalDataMatch match : matches) {
            out.append(text, at, match.start()).append(placeholder.apply(match.kind()));
            kinds.add(match.kind());
            at = match.end();
        }
        out.append(text, at, text.length());
        return new Redaction(out.toString(), kinds);
    }

    /** Finds and replaces in one go. */
    public Redaction redact(String text, Function<PersonalDataKind, String> placeholder) {
        return redact(text, find(text), placeholder);
    }

    /**
     * A text with its personal data replaced.
     *
     * @param text the redacted text
     * @param kinds the kinds that were found, in order of first appearance
     */
    public record Redaction(String text, Set<PersonalDataKind> kinds) {

        public Redaction {
            kinds = Collections.unmodifiableSet(new LinkedHashSet<>(kinds));
        }

        public boolean changed() {
            return !kinds.isEmpty();
        }
    }
}
