package guichet.app.shared.evidence;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
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
     * Where the header's first cell is empty (a corner: "| 21 and over | 18 to 20"), each row's first
     * cell names the row: "April 2024: 21 and over: £11.44; 18 to 20: £8.60".
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
            if (isTableRow(paragraph)) {
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

    /**
     * A line of cells: "a | b", or one whose first or last cell is empty ("| b" under an empty
     * corner, "a |").
     */
    private static boolean isTableRow(String paragraph) {
        String line = paragraph.strip();
        return line.contains(" | ") || line.startsWith("| ") || line.endsWith(" |");
    }

    /** The cells in their places: an empty cell stays, first or last ("| b | c" is "", "b", "c"). */
    private static String[] cells(String row) {
        String[] cells = row.strip().split("\\s*\\|\\s*", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip();
        }
        return cells;
    }

    /**
     * Each cell after its column's header; empty cells are left out. Under an empty corner the row's
     * first cell is its label and comes first: "April 2024: 21 and over: £11.44; 18 to 20: £8.60".
     * A row that does not line up with its header is only joined.
     */
    private static String labelled(String[] header, String[] row) {
        if (header.length != row.length || !looksLikeHeader(header)) {
            return String.join("; ", Arrays.stream(row).filter(c -> !c.isEmpty()).toList());
        }
        boolean rowLabel = header.length > 1 && header[0].isEmpty() && !row[0].isEmpty();
        List<String> parts = new ArrayList<>();
        for (int i = rowLabel ? 1 : 0; i < row.length; i++) {
            if (!row[i].isEmpty()) {
                parts.add(header[i].isEmpty() ? row[i] : header[i] + ": " + row[i]);
            }
        }
        String values = String.join("; ", parts);
        return !rowLabel ? values : values.isEmpty() ? row[0] : row[0] + ": " + values;
    }
}
