package guichet.app.shared.privacy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Email addresses, including the usual disguises ({@code name [at] domain [dot] com},
 * {@code name at domain dot com}). Letters may be accented: mailboxes and domains may be
 * internationalised.
 */
public final class EmailAddresses implements PersonalDataDetector {

    private static final String LOCAL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}._%+'-]{0,62}[\\p{L}\\p{N}_%+-])?";
    private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?";
    private static final String TOP = "\\p{L}{2,24}";

    private static final Pattern PLAIN = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])" + LOCAL + "@" + LABEL + "(?:\\." + LABEL + ")*\\." + TOP + "(?![\\p{L}\\p{N}])");

    private static final String AT = "\\s*[\\[(<{]\\s*(?:at|arobase)\\s*[\\])>}]\\s*";
    private static final String DOT = "(?:\\.|\\s*[\\[(<{]\\s*(?:dot|point)\\s*[\\])>}]\\s*)";
    private static final Pattern BRACKETED = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])" + LOCAL + AT + LABEL + "(?:" + DOT + LABEL + ")*" + DOT + TOP + "(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** "j.smith at gmail dot com": only with a known mail domain, as "at" and "dot" are ordinary words. */
    private static final Pattern SPELLED = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+'-])[\\p{L}\\p{N}][\\p{L}\\p{N}._+-]{0,62}\\s+(?:at|arobase)\\s+"
                    + "(?:gmail|googlemail|hotmail|outlook|live|yahoo|icloud|me|aol|btinternet|sky|virginmedia|talktalk"
                    + "|orange|wanadoo|free|sfr|laposte|gmx|protonmail|proton)"
                    + "(?:\\s+(?:dot|point)\\s+[\\p{L}]{2,6}){1,2}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.EMAIL;
    }

    @Override
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        for (Pattern pattern : List.of(PLAIN, BRACKETED, SPELLED)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                PersonalDataMatch match = new PersonalDataMatch(kind(), matcher.start(), matcher.end());
                if (found.stream().noneMatch(match::overlaps)) {
                    found.add(match);
                }
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }
}
