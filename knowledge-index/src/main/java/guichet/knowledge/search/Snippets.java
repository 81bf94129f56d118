package guichet.knowledge.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

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
     * @param fields the per-language text fields to highlight in
     * @param query the lexical query, or null
     * @param texts each passage's full text, for the fallback
     */
    public String[] highlight(IndexSearcher searcher, List<String> fields, Query query, int[] docIds, String[] texts)
            throws IOException {
        String[] snippets = new String[docIds.length];
        if (query != null && docIds.length > 0) {
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                    .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                    .withMaxLength(20_000)
                    .build();
            int[] passages = new int[fields.size()];
            Arrays.fill(passages, 2);
            Map<String, String[]> byField = highlighter.highlightFields(fields.toArray(String[]::new), query,
                    docIds, passages);
            for (String[] values : byField.values()) {
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && !values[i].isBlank()) {
                        snippets[i] = values[i].strip();
                    }
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
