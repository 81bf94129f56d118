package guichet.app.shared.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK National Insurance numbers: two prefix letters, six digits and a suffix letter A to D, which
 * people often leave out; spaces or dashes between the pairs are allowed ({@code AB 12 34 56 C}).
 * Prefixes follow HMRC's allocation rules (National Insurance Manual NIM39110): the first letter is
 * not D, F, I, Q, U or V; the second is not D, F, I, O, Q, U or V; BG, GB, KN, NK, NT, TN and ZZ are
 * never issued. So the specimen {@code QQ 12 34 56 C} printed on forms is not redacted.
 */
public final class NationalInsuranceNumbers implements PersonalDataDetector {

    private static final Pattern CANDIDATE = Pattern.compile(
            "(?<![\\p{L}\\p{N}])([a-z]{2})[ -]?(\\d{2})[ -]?(\\d{2})[ -]?(\\d{2})(?:[ -]?[a-d])?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private static final String NOT_FIRST = "DFIQUV";
    private static final String NOT_SECOND = "DFIOQUV";
    private static final Set<String> NEVER_ISSUED = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.NATIONAL_INSURANCE_NUMBER;
    }

    @Override
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        Matcher matcher = CANDIDATE.matcher(text);
        while (matcher.find()) {
            if (validPrefix(matcher.group(1).toUpperCase(Locale.ROOT))) {
                found.add(new PersonalDataMatch(kind(), matcher.start(), matcher.end()));
            }
        }
        return found;
    }

    /** True when HMRC can have issued a number starting with these two letters. */
    public static boolean validPrefix(String prefix) {
        return prefix.length() == 2
                && NOT_FIRST.indexOf(prefix.charAt(0)) < 0
                && NOT_SECOND.indexOf(prefix.charAt(1)) < 0
                && !NEVER_ISSUED.contains(prefix);
    }
}
