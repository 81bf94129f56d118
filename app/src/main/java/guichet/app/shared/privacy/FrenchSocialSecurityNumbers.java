package guichet.app.shared.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * French social security numbers (NIR, "numéro de sécurité sociale"): sex (1, 2, or 3, 4, 7, 8 for
 * temporary numbers), year, month, department (two digits, or 2A / 2B for Corsica), commune, order
 * number, then a two-digit key equal to 97 − (the first 13 digits mod 97), with 2A read as 19 and 2B
 * as 18. Spaces or dots may separate the parts.
 *
 * <p>A number with a wrong key is still redacted when it is written in the card's own grouping
 * ({@code 1 85 05 78 006 084 36}): a typo must not leak the rest of it, and that layout is not
 * found by chance.
 */
public final class FrenchSocialSecurityNumbers implements PersonalDataDetector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([1-478])([ .]?)(\\d{2})[ .]?(\\d{2})[ .]?(\\d{2}|2[ab])[ .]?(\\d{3})[ .]?(\\d{3})[ .]?(\\d{2})(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CARD_LAYOUT = Pattern.compile(
            "\\d ?\\d{2} \\d{2} (?:\\d{2}|2[ab]) \\d{3} \\d{3} \\d{2}", Pattern.CASE_INSENSITIVE);

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.FRENCH_SOCIAL_SECURITY_NUMBER;
    }

    @Override
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            String body = matcher.group(1) + matcher.group(3) + matcher.group(4) + matcher.group(5) + matcher.group(6)
                    + matcher.group(7);
            int key = Integer.parseInt(matcher.group(8));
            if (key == key(body) || CARD_LAYOUT.matcher(matcher.group()).matches()) {
                found.add(new PersonalDataMatch(kind(), matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /** The key of a 13-character NIR body (digits, with 2A or 2B as department for Corsica). */
    public static int key(String body) {
        String department = body.substring(5, 7).toUpperCase(java.util.Locale.ROOT);
        String digits = switch (department) {
            case "2A" -> body.substring(0, 5) + "19" + body.substring(7);
            case "2B" -> body.substring(0, 5) + "18" + body.substring(7);
            default -> body;
        };
        return (int) (97 - Long.parseLong(digits) % 97);
    }
}
