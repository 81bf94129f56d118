package guichet.app.ask.safety;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Removes the characters a reader cannot see but a model reads: Unicode tag characters
 * (U+E0000–U+E007F, used to smuggle ASCII text), zero-width characters, bidirectional overrides and
 * isolates, runs of variation selectors (used to smuggle bytes after an emoji), and control characters
 * other than newline and tab. Text smuggled in tag characters or variation selectors is decoded so
 * the manipulation check can read it; the tags of an emoji flag (🏴 + tags + cancel tag, e.g. the
 * Scottish flag) are removed without being reported.
 *
 * <p>Words spelt with invisible characters between their letters ("i\u200Bg\u200Bn\u200Bo\u200Br\u200Be") were
 * written to slip past filters, not to be read: they are taken out of the visible text and kept with
 * the hidden text. A run of many invisible characters (text encoded in zero-width characters) counts
 * as hidden text too, though it is not decoded.
 *
 * <p>Line breaks are normalised ({@code \r\n}, {@code \r}, U+2028, U+2029 become {@code \n}) and
 * soft hyphens dropped; neither counts as hidden.
 */
public final class InvisibleCharacters {

    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    private InvisibleCharacters() {
    }

    /**
     * @param text the visible text
     * @param found whether anything invisible was removed
     * @param hiddenText text decoded from tag characters or variation selectors, empty when none
     */
    public record Cleaned(String text, boolean found, String hiddenText) {
    }

    /** Invisible characters in a row from which a run is taken for encoded text. */
    private static final int ENCODED_RUN = 8;

    public static Cleaned strip(String input) {
        StringBuilder kept = new StringBuilder(input.length());
        StringBuilder obfuscated = new StringBuilder();
        String[] tokens = input.split("(?<=[ \\t\\n])|(?=[ \\t\\n])");
        boolean[] spelt = new boolean[tokens.length];
        for (int i = 0; i < tokens.length; i++) {
            spelt[i] = speltWithInvisibles(tokens[i]);
        }
        for (int i = 0; i < tokens.length; i++) {
            boolean between = !spelt[i] && tokens[i].strip().length() <= 2 && neighbourSpelt(spelt, tokens, i);
            if (spelt[i] || between && !tokens[i].isBlank()) {
                separate(obfuscated).append(tokens[i].strip());
            } else {
                kept.append(tokens[i]);
            }
        }
        if (obfuscated.isEmpty()) {
            return stripVisible(input);
        }
        Cleaned cleaned = stripVisible(kept.toString().replaceAll("[ \\t]{2,}", " "));
        String words = stripVisible(obfuscated.toString()).text();
        String hidden = cleaned.hiddenText().isEmpty() ? words : cleaned.hiddenText() + " " + words;
        return new Cleaned(cleaned.text().strip(), true, hidden);
    }

    /**
     * A word with invisible characters between at least two pairs of its characters, mostly letters
     * (a number split by invisible characters stays visible, to be found and redacted).
     */
    private static boolean speltWithInvisibles(String token) {
        if (token.codePoints().filter(Character::isLetter).count() <= token.codePoints().filter(Character::isDigit).count()) {
            return false;
        }
        int inside = 0;
        for (int i = 1; i < token.length() - 1; i++) {
            char c = token.charAt(i);
            if (isInvisible(c) && c > 0x9F && Character.isLetterOrDigit(previousVisible(token, i))
                    && Character.isLetterOrDigit(nextVisible(token, i))) {
                inside++;
            }
        }
        return inside >= 2;
    }

    private static boolean neighbourSpelt(boolean[] spelt, String[] tokens, int i) {
        int before = i - 1;
        while (before >= 0 && tokens[before].isBlank()) {
            before--;
        }
        int after = i + 1;
        while (after < tokens.length && tokens[after].isBlank()) {
            after++;
        }
        return before >= 0 && after < tokens.length && spelt[before] && spelt[after];
    }

    private static char previousVisible(String token, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!isInvisible(token.charAt(i))) {
                return token.charAt(i);
            }
        }
        return ' ';
    }

    private static char nextVisible(String token, int index) {
        for (int i = index + 1; i < token.length(); i++) {
            if (!isInvisible(token.charAt(i))) {
                return token.charAt(i);
            }
        }
        return ' ';
    }

    private static Cleaned stripVisible(String input) {
        int run = 0;
        boolean encodedRun = false;
        StringBuilder visible = new StringBuilder(input.length());
        StringBuilder hidden = new StringBuilder();
        boolean found = false;
        int i = 0;
        while (i < input.length()) {
            int cp = input.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (cp == BLACK_FLAG && isTag(codePointAt(input, next))) {
                visible.appendCodePoint(cp);
                int end = next;
                while (isTag(codePointAt(input, end))) {
                    end += 2;
                }
                if (codePointAt(input, end - 2) != CANCEL_TAG) {
                    separate(hidden).append(decodeTags(input, next, end));
                    found = true;
                }
                i = end;
                continue;
            }
            if (isTag(cp)) {
                int end = i;
                while (isTag(codePointAt(input, end))) {
                    end += 2;
                }
                separate(hidden).append(decodeTags(input, i, end));
                found = true;
                i = end;
                continue;
            }
            if (isVariationSelector(cp) && isVariationSelector(codePointAt(input, next))) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                int end = i;
                while (isVariationSelector(codePointAt(input, end))) {
                    int selector = input.codePointAt(end);
                    bytes.write(selector < 0xE0100 ? selector - 0xFE00 : selector - 0xE0100 + 16);
                    end += Character.charCount(selector);
                }
                separate(hidden).append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
                found = true;
                i = end;
                continue;
            }
            if (cp == '\r') {
                visible.append('\n');
                i = next < input.length() && input.charAt(next) == '\n' ? next + 1 : next;
                continue;
            }
            if (cp == 0x2028 || cp == 0x2029) {
                visible.append('\n');
            } else if (cp == 0x00AD) {
                // soft hyphen: a hyphenation hint from copied web text, not hidden content
            } else if (isInvisible(cp)) {
                found = true;
                encodedRun |= ++run >= ENCODED_RUN;
                i = next;
                continue;
            } else {
                visible.appendCodePoint(cp);
            }
            run = 0;
            i = next;
        }
        String decoded = printable(hidden.toString());
        if (encodedRun) {
            decoded = (decoded.isEmpty() ? "" : decoded + " ") + "[text encoded in invisible characters]";
        }
        return new Cleaned(visible.toString(), found, decoded);
    }

    private static boolean isInvisible(int cp) {
        return (cp < 0x20 && cp != '\n' && cp != '\t')
                || (cp >= 0x7F && cp <= 0x9F)
                || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 || cp == 0xFEFF || cp == 0x180E
                || (cp >= 0x2061 && cp <= 0x2064)
                || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }

    private static boolean isTag(int cp) {
        return cp >= 0xE0000 && cp <= 0xE007F;
    }

    private static boolean isVariationSelector(int cp) {
        return (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF);
    }

    private static int codePointAt(String text, int index) {
        return index >= 0 && index < text.length() ? text.codePointAt(index) : -1;
    }

    /** Tags U+E0020–U+E007E carry ASCII 0x20–0x7E; the others carry nothing. */
    private static String decodeTags(String input, int start, int end) {
        StringBuilder ascii = new StringBuilder();
        for (int i = start; i < end; i += 2) {
            int cp = input.codePointAt(i);
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                ascii.append((char) (cp - 0xE0000));
            }
        }
        return ascii.toString();
    }

    private static StringBuilder separate(StringBuilder hidden) {
        if (!hidden.isEmpty()) {
            hidden.append(' ');
        }
        return hidden;
    }

    private static String printable(String decoded) {
        return decoded.replaceAll("[\\p{Cc}\\p{Cf}\\x{FFFD}]", " ").strip();
    }
}
