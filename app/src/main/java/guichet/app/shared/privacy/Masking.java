package guichet.app.shared.privacy;

import guichet.app.shared.privacy.NationalInsuranceNumbers;
import guichet.app.shared.privacy.PaymentCardNumbers;
import guichet.app.shared.privacy.PersonalDataKind;
import guichet.app.shared.privacy.PersonalDataMatch;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks National Insurance and payment card numbers before anything stores, shows or logs a
 * message: {@code JT 48 21 93 B} becomes {@code [NI ••••••93B]}, a card its last four digits
 * {@code [card ••••6467]} — enough for an officer to match a record, not enough to use. Detection
 * is the citizen assistant's (HMRC prefix rules, Luhn check). Other personal data (names, phone
 * numbers, email addresses) stays: an officer needs it to answer.
 */
public final class Masking {

    /** How a masked National Insurance number reads, for the reference extractor. */
    public static final Pattern MASKED_NI = Pattern.compile("\\[NI •+[0-9A-D]{0,3}]");
    /** How a masked card number reads. */
    public static final Pattern MASKED_CARD = Pattern.compile("\\[card •+\\d{4}]");

    private static final NationalInsuranceNumbers NI = new NationalInsuranceNumbers();
    private static final PaymentCardNumbers CARDS = new PaymentCardNumbers();

    private Masking() {
    }

    /** {@code text} with every National Insurance and card number masked; null stays null. */
    public static String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        List<PersonalDataMatch> matches = new ArrayList<>(NI.find(text));
        for (PersonalDataMatch card : CARDS.find(text)) {
            if (matches.stream().noneMatch(card::overlaps)) {
                matches.add(card);
            }
        }
        if (matches.isEmpty()) {
            return text;
        }
        matches.sort(Comparator.comparingInt(PersonalDataMatch::start));
        StringBuilder out = new StringBuilder(text.length() + matches.size() * 8);
        int at = 0;
        for (PersonalDataMatch match : matches) {
            out.append(text, at, match.start()).append(masked(match.kind(), text.substring(match.start(), match.end())));
            at = match.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    static String masked(PersonalDataKind kind, String raw) {
        String compact = raw.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (kind == PersonalDataKind.NATIONAL_INSURANCE_NUMBER) {
            boolean suffix = Character.isLetter(compact.charAt(compact.length() - 1));
            int shown = suffix ? 3 : 2;
            return "[NI ••••••" + compact.substring(compact.length() - shown) + "]";
        }
        return "[card ••••" + compact.substring(compact.length() - 4) + "]";
    }
}
