package guichet.app.shared.evidence;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures in a text (amounts, counts, percentages, dates' numbers), normalised so that
 * "£1,234.50", "1 234,50 €" and "1234.50" compare equal: the check that keeps a small model from
 * inventing or changing a number.
 */
public final class Figures {

    // Digits with thousands separators (comma, dot, space, no-break spaces) and an optional decimal part.
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(?:[,.\\u00A0\\u202F ]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d+)?");

    private Figures() {
    }

    /** Normalised figures found in {@code text}. */
    public static Set<String> in(String text) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher matcher = NUMBER.matcher(text);
        while (matcher.find()) {
            figures.add(normalise(matcher.group()));
        }
        return figures;
    }

    // Citation markers ([1]) and passage ids (S2) are references, not figures.
    private static final Pattern REFERENCES = Pattern.compile("\\[\\d+]|\\bS\\d+\\b");

    /** Figures of {@code answer} (citation markers aside) that appear nowhere in {@code sources}. */
    public static Set<String> unsupported(String answer, String sources) {
        Set<String> known = in(sources);
        Set<String> missing = new LinkedHashSet<>();
        for (String figure : in(REFERENCES.matcher(answer).replaceAll(" "))) {
            if (!known.contains(figure)) {
                missing.add(figure);
            }
        }
        return missing;
    }

    static String normalise(String raw) {
        String digits = raw.replaceAll("[\\u00A0\\u202F ]", "");
        // A separator followed by exactly 3 digits at the end is a thousands separator; 1-2 digits, a decimal.
        Matcher decimal = Pattern.compile("[.,](\\d{1,2})$").matcher(digits);
        String fraction = "";
        if (decimal.find()) {
            fraction = decimal.group(1);
            digits = digits.substring(0, decimal.start());
        }
        String whole = digits.replaceAll("[.,]", "").replaceFirst("^0+(?=\\d)", "");
        if (fraction.isEmpty() || fraction.chars().allMatch(c -> c == '0')) {
            return whole;
        }
        return whole + "." + (fraction.length() == 1 ? fraction + "0" : fraction);
    }
}
