package guichet.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer's text as the page shows it: paragraphs and bulleted lists (the quoted sentences
 * {@code • “…” [n]} and the help lines {@code - …}), line breaks kept, each {@code [n]} a link to
 * citation n and each web address a link. Nothing here is markup: the template escapes every piece,
 * so an answer cannot inject HTML. {@code chat.js} splits streamed answers the same way.
 */
record AnswerText(List<Block> blocks) {

    private static final Pattern MARKERS = Pattern.compile("\\[(\\d{1,3})]|https?://[^\\s<>\"“”()\\[\\]]+");
    private static final Pattern BULLET = Pattern.compile("^[•\\-*]\\s+");
    private static final String TRAILING_PUNCTUATION = ".,;:!?’'";

    AnswerText {
        blocks = List.copyOf(blocks);
    }

    /**
     * A paragraph (its lines shown with line breaks) or a bulleted list (one item per line).
     *
     * @param list true for a bulleted list
     * @param lines the paragraph's lines or the list's items
     */
    record Block(boolean list, List<List<Segment>> lines) {

        Block {
            lines = lines.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A piece of a line: plain text, a citation marker, or a web address.
     *
     * @param text the text shown
     * @param citation the citation number for a marker, 0 otherwise
     * @param url the address for a link, empty otherwise
     */
    record Segment(String text, int citation, String url) {

        static Segment plain(String text) {
            return new Segment(text, 0, "");
        }

        public boolean isCitation() {
            return citation > 0;
        }

        public boolean isLink() {
            return !url.isEmpty();
        }
    }

    /**
     * Splits {@code text} into blocks.
     *
     * @param citationCount how many citations the answer has: a marker beyond them stays plain text
     */
    static AnswerText of(String text, int citationCount) {
        List<Block> blocks = new ArrayList<>();
        List<List<Segment>> current = new ArrayList<>();
        boolean currentIsList = false;
        for (String raw : (text == null ? "" : text).replace("\r\n", "\n").split("\n", -1)) {
            String line = raw.strip();
            Matcher bullet = BULLET.matcher(line);
            boolean isItem = bullet.find();
            if (line.isEmpty() || isItem != currentIsList) {
                flush(blocks, current, currentIsList);
                current = new ArrayList<>();
            }
            if (!line.isEmpty()) {
                currentIsList = isItem;
                current.add(segments(isItem ? line.substring(bullet.end()) : line, citationCount));
            }
        }
        flush(blocks, current, currentIsList);
        return new AnswerText(blocks);
    }

    private static void flush(List<Block> blocks, List<List<Segment>> lines, boolean list) {
        if (!lines.isEmpty()) {
            blocks.add(new Block(list, lines));
        }
    }

    static List<Segment> segments(String line, int citationCount) {
        List<Segment> segments = new ArrayList<>();
        Matcher marker = MARKERS.matcher(line);
        int at = 0;
        while (marker.find()) {
            Segment found;
            int end = marker.end();
            if (marker.group(1) != null) {
                int number = Integer.parseInt(marker.group(1));
                if (number < 1 || number > citationCount) {
                    continue;
                }
                found = new Segment(marker.group(), number, "");
            } else {
                String url = marker.group();
                while (!url.isEmpty() && TRAILING_PUNCTUATION.indexOf(url.charAt(url.length() - 1)) >= 0) {
                    url = url.substring(0, url.length() - 1);
                }
                end = marker.start() + url.length();
                found = new Segment(url, 0, url);
            }
            if (marker.start() > at) {
                segments.add(Segment.plain(line.substring(at, marker.start())));
            }
            segments.add(found);
            at = end;
        }
        if (at < line.length()) {
            segments.add(Segment.plain(line.substring(at)));
        }
        return segments;
    }
}
