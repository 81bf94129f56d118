package guichet.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;

/**
 * Highlighted extracts ({@link UnifiedHighlighter}): the best sentence or two of a passage for the
 * query's words, marked {@code <b>…</b>}, HTML-escaped. A passage the words do not occur in
 * (found by the vector search alone) gets its opening instead.
 */
public final class Snippets {

    private static final int OPENING_CHARS = 240;

    private final Analyzer analyzer;

    public Snippets(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * Highlights each passage's own text in its own language's field, from the text already loaded:
     * no stored field is read again and no other language's field is analysed.
     *
     * @param query the lexical query, or null
     * @param fields each passage's text field ({@code text_fr}...)
     * @param texts each passage's full text
     */
    public String[] highlight(Query query, String[] fields, String[] texts) throws IOException {
        String[] snippets = new String[texts.length];
        if (query != null && texts.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builderWithoutSearcher(analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                    .withMaxLength(20_000)
                    .build();
            for (int i = 0; i < texts.length; i++) {
                Object value = highlighter.highlightWithoutSearcher(fields[i], query, texts[i], 2);
                if (value != null && !value.toString().isBlank()) {
                    snippets[i] = value.toString().strip();
                }
            }
        }
        for (int i = 0; i < snippets.length; i++) {
            if (snippets[i] == null) {
                snippets[i] = opening(texts[i]);
            }
        }
        return snippets;
    }

    private static String opening(String text) {
        String escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        if (escaped.length() <= OPENING_CHARS) {
            return escaped;
        }
        int cut = escaped.lastIndexOf(' ', OPENING_CHARS);
        return escaped.substring(0, cut > 0 ? cut : OPENING_CHARS) + " …";
    }
}
