package guichet.app.shared.rules;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The form of a text that rule files are written against: compatibility-normalised (fullwidth and
 * mathematical letters become plain ones), lower case, accents removed, œ and æ written oe and ae, curly apostrophes and quotes
 * made straight, dashes made hyphens, runs of spaces made one; line breaks are kept. So a rule
 * written {@code j'en peux plus} also matches "J’en peux plus" and "JEN PEUX PLUS" does not need
 * its own rule.
 */
public final class MatchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[\\u2018\\u2019\\u201B\\u02BC\\u2032\\u00B4`]");
    private static final Pattern QUOTES = Pattern.compile("[\\u201C\\u201D\\u201E\\u00AB\\u00BB\\u2033]");
    private static final Pattern DASHES = Pattern.compile("[\\u2010-\\u2015\\u2212]");
    private static final Pattern SPACES = Pattern.compile("[\\t\\x{0020}\\x{00A0}\\x{2000}-\\x{200A}\\x{202F}\\x{205F}\\x{3000}]+");
    private static final Pattern BLANK_LINES = Pattern.compile(" ?\\n[\\n ]*");

    private MatchText() {
    }

    public static String of(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        folded = folded.replace("œ", "oe").replace("æ", "ae");
        folded = APOSTROPHES.matcher(folded).replaceAll("'");
        folded = QUOTES.matcher(folded).replaceAll("\"");
        folded = DASHES.matcher(folded).replaceAll("-");
        folded = SPACES.matcher(folded).replaceAll(" ");
        return BLANK_LINES.matcher(folded).replaceAll("\n").strip();
    }
}
