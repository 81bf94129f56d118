package guichet.app.ask.compose;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits guidance text into sentences with the JDK's locale-aware sentence rules, remembering which
 * block each belongs to (a paragraph, a list with its introducing line, a table): facts that belong
 * together are quoted together.
 */
public final class Sentences {

    /** A quotable sentence and the block of the text it sits in. */
    public record Sentence(String text, int block) {
    }

    private static final java.util.regex.Pattern LIST_ITEM = java.util.regex.Pattern.compile("^\\s*([-*•·]|\\d+[.)])\\s+");

    private static final int MIN_CHARACTERS = 25;
    private static final int MAX_CHARACTERS = 600;
    private static final int HEADER_CELL_CHARACTERS = 40;

    private Sentences() {
    }

    /**
     * The sentences of {@code text} worth quoting: not headings, not fragments, not walls of text. A
     * table row (cells separated by " | ") becomes one sentence labelled with its table's header row,
     * "Age: 25 or over; JSA weekly amount: up to £90.50", so an amount is never quoted without what it is for.
     */
    public static List<String> of(String text, String language) {
        return inBlocks(text, language).stream().map(Sentence::text).toList();
    }

    /** The quotable sentences with their blocks, in text order. */
    public static List<Sentence> inBlocks(String text, String language) {
        List<Sentence> sentences = new ArrayList<>();
        String[] header = null;
        int block = 0;
        boolean inList = false;
        boolean introducesList = false;
        for (String paragraph : text.split("\\n+")) {
            if (paragraph.contains(" | ")) {
                String[] cells = cells(paragraph);
                if (header == null) {
                    header = cells;
                    block++;
                } else {
                    addIfQuotable(sentences, labelled(header, cells), block);
                }
                inList = false;
                continue;
            }
            header = null;
            boolean listItem = LIST_ITEM.matcher(paragraph).find();
            // A list continues its block, and so does the line that introduces it ("You get:").
            if (!(listItem && (inList || introducesList))) {
                block++;
            }
            inList = listItem;
            String clean = paragraph.strip();
            introducesList = clean.endsWith(":");
            BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
            iterator.setText(clean);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                addIfQuotable(sentences, clean.substring(start, end).strip(), block);
            }
        }
        return sentences;
    }

    private static void addIfQuotable(List<Sentence> sentences, String sentence, int block) {
        if (sentence.length() >= MIN_CHARACTERS && sentence.length() <= MAX_CHARACTERS
                && sentence.chars().anyMatch(Character::isLetter)) {
            sentences.add(new Sentence(sentence, block));
        }
    }

    /** Header cells are short labels; a row of sentences is data, not a header. */
    private static boolean looksLikeHeader(String[] cells) {
        for (String cell : cells) {
            if (cell.length() > HEADER_CELL_CHARACTERS || cell.matches(".*[.!?:]$")) {
                return false;
            }
        }
        return true;
    }

    private static String[] cells(String row) {
        String[] cells = row.strip().split("\\s*\\|\\s*");
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    private static String labelled(String[] header, String[] row) {
        if (header.length != row.length || !looksLikeHeader(header)) {
            return String.join("; ", row);
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < row.length; i++) {
            if (!row[i].isEmpty()) {
                parts.add(header[i].isEmpty() ? row[i] : header[i] + ": " + row[i]);
            }
        }
        return String.join("; ", parts);
    }
}
