package guichet.knowledge.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Text clean-up shared by the readers. */
public final class Texts {

    private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9 -]");

    private Texts() {
    }

    /**
     * Collapses runs of whitespace (ASCII white space and the no-break spaces U+00A0, U+2007, U+202F)
     * into one space, and trims. A loop rather than a regular expression: readers call it on every
     * paragraph, and it was a fifth of the time of reading the sample corpus.
     */
    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        boolean inRun = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (out == null && (inRun || c != ' ')) {
                    out = new StringBuilder(text.length()).append(text, 0, inRun ? i - 1 : i);
                    if (inRun) {
                        out.append(' ');
                    }
                }
                if (out != null && !inRun) {
                    out.append(' ');
                }
                inRun = true;
            } else {
                if (out != null) {
                    out.append(c);
                }
                inRun = false;
            }
        }
        return (out == null ? text : out.toString()).strip();
    }

    private static boolean isSpace(char c) {
        return switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', '\u00A0', '\u2007', '\u202F' -> true;
            default -> false;
        };
    }

    /**
     * Decodes strict UTF-8 (a leading byte-order mark is dropped).
     *
     * @throws NotUtf8Exception when the bytes are not UTF-8, with the offset of the first bad byte
     */
    public static String utf8(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        // The JDK's decoder is much faster than a strict CharsetDecoder; it marks bad bytes with U+FFFD,
        // so only a text containing U+FFFD needs the strict decoder (to tell a real U+FFFD from bad bytes).
        String lenient = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return lenient;
        }
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (MalformedInputException e) {
            throw new NotUtf8Exception(buffer.position());
        } catch (CharacterCodingException e) {
            throw new NotUtf8Exception(buffer.position());
        }
    }

    /** A URL fragment from heading text, the way GOV.UK and GitHub make them ("What you’ll get" → "what-youll-get"). */
    public static String slug(String heading) {
        String ascii = Normalizer.normalize(heading, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String kept = NOT_SLUG.matcher(ascii.toLowerCase(Locale.ROOT)).replaceAll("");
        return kept.strip().replaceAll("[ -]+", "-");
    }

    /** The text is not UTF-8. */
    public static final class NotUtf8Exception extends RuntimeException {

        public NotUtf8Exception(int offset) {
            super("the file is not UTF-8 (bad byte near offset " + offset + "): convert it to UTF-8 and ingest again");
        }
    }
}
