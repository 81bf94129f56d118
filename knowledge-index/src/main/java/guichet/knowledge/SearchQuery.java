package guichet.knowledge;

import java.util.Set;

/**
 * A search.
 *
 * @param text the question or keywords
 * @param k passages wanted
 * @param mode how to rank
 * @param collection only this collection, or null for all
 * @param language only passages in this language (ISO 639-1), or null for all
 * @param documentTypes only these document types; empty for all
 * @param minScore overrides the settings' minimum score when not null
 */
public record SearchQuery(String text, int k, Mode mode, String collection, String language,
                          Set<String> documentTypes, Double minScore) {

    public static final int MAX_K = 200;

    /** How passages are ranked. */
    public enum Mode {
        /** Lexical only (BM25 with language analyzers). */
        BM25,
        /** Vector similarity only. */
        DENSE,
        /** Both, merged by reciprocal rank fusion. */
        HYBRID
    }

    public SearchQuery {
        if (text == null || text.isBlank()) {
            throw new InvalidQueryException("the search text is empty: give a question or keywords");
        }
        if (k < 1 || k > MAX_K) {
            throw new InvalidQueryException("k must be between 1 and " + MAX_K + ", not " + k);
        }
        if (mode == null) {
            throw new InvalidQueryException("the search mode must be one of bm25, dense, hybrid");
        }
        if (minScore != null && (minScore < 0 || minScore.isNaN())) {
            throw new InvalidQueryException("the minimum score must be ≥ 0, not " + minScore);
        }
        collection = blankToNull(collection);
        language = blankToNull(language);
        documentTypes = documentTypes == null ? Set.of() : Set.copyOf(documentTypes);
    }

    public static SearchQuery of(String text, int k, Mode mode) {
        return new SearchQuery(text, k, mode, null, null, Set.of(), null);
    }

    /** The same search for another text (the question with its misspellings corrected). */
    public SearchQuery withText(String value) {
        return new SearchQuery(value, k, mode, collection, language, documentTypes, minScore);
    }

    public SearchQuery inCollection(String name) {
        return new SearchQuery(text, k, mode, name, language, documentTypes, minScore);
    }

    public SearchQuery inLanguage(String code) {
        return new SearchQuery(text, k, mode, collection, code, documentTypes, minScore);
    }

    public SearchQuery ofTypes(Set<String> types) {
        return new SearchQuery(text, k, mode, collection, language, types, minScore);
    }

    public SearchQuery withMinScore(Double value) {
        return new SearchQuery(text, k, mode, collection, language, documentTypes, value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
