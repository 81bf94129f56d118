package guichet.knowledge.ingest;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites the pipe tables of a Markdown text so that every row keeps each cell in its column, before
 * the text is rendered. commonmark-java 0.27 takes a row's leading pipe for an outer pipe and cuts
 * every body row to the header's number of cells. GOV.UK's Markdown (converted from HTML, without
 * outer pipes) marks an empty corner cell with a leading pipe on the header alone, so
 * "| 21 and over | 18 to 20 | …" over "April 2024 | £11.44 | £8.60 | …" lost its corner, and each
 * row its last value, the other values landing under the wrong heading.
 *
 * <p>Which lines form a table is left to commonmark (its source spans); only the cells are split
 * here: a leading pipe is an outer pipe where the table writes them (its delimiter row, or every
 * row, starts with one), otherwise it opens an empty first cell; a trailing pipe closes the row
 * (the blank after it is not a cell); every row is written with the widest row's number of cells,
 * between outer pipes.
 */
final class MarkdownTables {

    private static final Parser PARSER = Parser.builder().extensions(MarkdownReader.EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    private record Replacement(int start, int end, String text) {
    }

    private MarkdownTables() {
    }

    /** {@code markdown} with each table's rows rewritten between outer pipes, all of the same width. */
    static String withCellsInPlace(String markdown) {
        if (markdown.indexOf('|') < 0) {
            return markdown;
        }
        List<Replacement> replacements = new ArrayList<>();
        PARSER.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(CustomBlock block) {
                if (block instanceof TableBlock table) {
                    replacements.addAll(rewrite(markdown, table.getSourceSpans()));
                }
                visitChildren(block);
            }
        });
        if (replacements.isEmpty()) {
            return markdown;
        }
        StringBuilder out = new StringBuilder(markdown);
        for (Replacement r : replacements.reversed()) {
            out.replace(r.start(), r.end(), r.text());
        }
        return out.toString();
    }

    /** One replacement per line of the table: header, delimiter row, body rows. */
    private static List<Replacement> rewrite(String markdown, List<SourceSpan> lines) {
        if (lines.size() < 2) {
            return List.of();
        }
        List<String> rows = new ArrayList<>(lines.stream()
                .map(s -> markdown.substring(s.getInputIndex(), s.getInputIndex() + s.getLength()).strip()).toList());
        String delimiter = rows.remove(1);
        boolean outerPipes = delimiter.startsWith("|") || rows.stream().allMatch(r -> r.startsWith("|"));
        List<List<String>> cells = rows.stream().map(r -> cells(r, outerPipes)).toList();
        int width = cells.stream().mapToInt(List::size).max().orElse(1);
        List<Replacement> replacements = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String text = i == 1 ? "|" + "---|".repeat(width) : row(cells.get(i == 0 ? 0 : i - 1), width);
            SourceSpan span = lines.get(i);
            replacements.add(new Replacement(span.getInputIndex(), span.getInputIndex() + span.getLength(), text));
        }
        return replacements;
    }

    /**
     * A row's cells, stripped. As in commonmark, "\|" is a pipe inside a cell (kept escaped for the
     * renderer), even after another backslash.
     */
    static List<String> cells(String row, boolean outerPipes) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int i = 0; i < row.length(); i++) {
            char c = row.charAt(i);
            if (c == '\\' && i + 1 < row.length() && row.charAt(i + 1) == '|') {
                cell.append("\\|");
                i++;
            } else if (c == '|') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        String last = cell.toString().strip();
        if (!last.isEmpty() || cells.isEmpty()) {
            cells.add(last);
        }
        if (outerPipes && row.startsWith("|") && !cells.isEmpty()) {
            cells.removeFirst();
        }
        return cells;
    }

    private static String row(List<String> cells, int width) {
        StringBuilder out = new StringBuilder("|");
        for (int i = 0; i < width; i++) {
            out.append(' ').append(i < cells.size() ? cells.get(i) : "").append(" |");
        }
        return out.toString();
    }
}
