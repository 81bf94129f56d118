package guichet.app.employment.situation.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen's message as the fact patterns read it — accents and curly apostrophes made plain,
 * numbers written in digits, spelling slips corrected, a relative's "he" read as "I" — keeping, for
 * every character, the span of the original message it comes from. A fact read from the rewritten
 * text is therefore always shown and checked with the citizen's own words. Immutable: each rewrite
 * gives a new text.
 */
public final class MessageText {

    private final String original;
    private final String text;
    private final int[] from;
    private final int[] to;
    private final List<int[]> corrected;

    private MessageText(String original, String text, int[] from, int[] to, List<int[]> corrected) {
        this.original = original;
        this.text = text;
        this.from = from;
        this.to = to;
        this.corrected = List.copyOf(corrected);
    }

    /** The message as written: each character its own span. */
    public static MessageText of(String message) {
        int[] from = new int[message.length()];
        int[] to = new int[message.length()];
        for (int i = 0; i < message.length(); i++) {
            from[i] = i;
            to[i] = i + 1;
        }
        return new MessageText(message, message, from, to, List.of());
    }

    /** The text the patterns read. */
    public String text() {
        return text;
    }

    /** The message as the citizen wrote it. */
    public String original() {
        return original;
    }

    /** The citizen's words behind the rewritten span {@code [start, end)}. */
    public String words(int start, int end) {
        int[] span = span(start, end);
        return original.substring(span[0], span[1]);
    }

    /** The original span {@code {start, end}} behind the rewritten span {@code [start, end)}. */
    public int[] span(int start, int end) {
        if (text.isEmpty() || start >= end) {
            int at = start < from.length ? from[Math.max(0, start)] : original.length();
            return new int[] {at, at};
        }
        return new int[] {from[start], to[end - 1]};
    }

    /** Whether the rewritten span {@code [start, end)} rests on a word whose spelling was corrected. */
    public boolean corrected(int start, int end) {
        int[] span = span(start, end);
        return corrected.stream().anyMatch(c -> c[0] < span[1] && span[0] < c[1]);
    }

    /**
     * Replaces each match of {@code pattern}; {@code replacement} returns the new text, or null to keep
     * the match as it is. New characters come from the whole span of the match.
     */
    public MessageText rewrite(Pattern pattern, Function<MatchResult, String> replacement) {
        return rewrite(pattern, replacement, false);
    }

    /** As {@link #rewrite}, marking what was replaced as a corrected spelling. */
    public MessageText correct(Pattern pattern, Function<MatchResult, String> replacement) {
        return rewrite(pattern, replacement, true);
    }

    private MessageText rewrite(Pattern pattern, Function<MatchResult, String> replacement, boolean spelling) {
        Matcher matcher = pattern.matcher(text);
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        while (matcher.find()) {
            if (matcher.end() == matcher.start()) {
                continue;
            }
            String value = replacement.apply(matcher.toMatchResult());
            if (value != null && !value.equals(matcher.group())) {
                spans.add(new int[] {matcher.start(), matcher.end()});
                values.add(value);
            }
        }
        return replace(spans, values, spelling);
    }

    /**
     * Replaces the rewritten spans {@code spans[i]} (in order, not overlapping) by {@code values[i]}.
     *
     * @param spelling whether the replacements correct spelling slips
     */
    public MessageText replace(List<int[]> spans, List<String> values, boolean spelling) {
        if (spans.isEmpty()) {
            return this;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        IntList newFrom = new IntList(text.length() + 16);
        IntList newTo = new IntList(text.length() + 16);
        List<int[]> marks = new ArrayList<>(corrected);
        int copied = 0;
        for (int k = 0; k < spans.size(); k++) {
            int start = spans.get(k)[0];
            int end = spans.get(k)[1];
            if (start < copied || end <= start) {
                continue;
            }
            for (int i = copied; i < start; i++) {
                out.append(text.charAt(i));
                newFrom.add(from[i]);
                newTo.add(to[i]);
            }
            int spanFrom = from[start];
            int spanTo = to[end - 1];
            String value = values.get(k);
            for (int i = 0; i < value.length(); i++) {
                out.append(value.charAt(i));
                newFrom.add(spanFrom);
                newTo.add(spanTo);
            }
            if (spelling) {
                marks.add(new int[] {spanFrom, spanTo});
            }
            copied = end;
        }
        for (int i = copied; i < text.length(); i++) {
            out.append(text.charAt(i));
            newFrom.add(from[i]);
            newTo.add(to[i]);
        }
        return new MessageText(original, out.toString(), newFrom.toArray(), newTo.toArray(), marks);
    }

    /**
     * Without accents, ligatures or typographic apostrophes and spaces: "licenciée" reads "licenciee",
     * "l’épargne" "l'epargne", "1 200" (narrow no-break space) "1 200". Citizens type without accents as
     * often as with them, so the patterns are read accent-free too.
     */
    public MessageText plain() {
        return rewrite(NOT_PLAIN, match -> fold(match.group()));
    }

    private static final Pattern NOT_PLAIN = Pattern.compile("[^\\x00-\\x7F]");

    /** A string without accents, with plain apostrophes, spaces and hyphens (patterns are folded alike). */
    public static String fold(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                out.append(c);
                continue;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC', '\u00B4', '`' -> out.append('\'');
                case '\u00A0', '\u202F', '\u2009', '\u2007' -> out.append(' ');
                case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014' -> out.append('-');
                case '\u0153' -> out.append("oe");
                case '\u0152' -> out.append("OE");
                case '\u00E6' -> out.append("ae");
                case '\u00DF' -> out.append("ss");
                default -> {
                    String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                    char base = decomposed.charAt(0);
                    out.append(decomposed.length() > 1 && base < 0x80 ? base : c);
                }
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return text;
    }

    /** A growable list of ints. */
    private static final class IntList {
        private int[] values;
        private int size;

        IntList(int capacity) {
            values = new int[Math.max(capacity, 8)];
        }

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(values, size);
        }
    }
}
