package guichet.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * A retrieved chunk, carrying everything needed to put it in a prompt and to cite it.
 *
 * @param chunkId stable id of the chunk
 * @param documentId the publisher's id of the document
 * @param title document title
 * @param url page URL with the section anchor when there is one
 * @param headingPath headings above the chunk, outermost first
 * @param text the full chunk text
 * @param snippet a short extract with the query's words marked by {@code <b>…</b>}
 * @param score BM25: Lucene's BM25 score; DENSE: cosine similarity; HYBRID: reciprocal rank fusion
 *              normalised so that 1 is "first in every ranking" — each times the document type's weight
 * @param collection named collection
 * @param language ISO 639-1 code
 * @param documentType the publisher's type
 * @param updated last update, or null if unknown
 * @param licence licence and attribution
 * @param classification the document's audiences, theme path and see-also links
 */
public record Passage(String chunkId, String documentId, String title, String url, List<String> headingPath,
                      String text, String snippet, double score, String collection, String language,
                      String documentType, Instant updated, String licence, Classification classification) {

    public Passage {
        headingPath = List.copyOf(headingPath);
        classification = classification == null ? Classification.NONE : classification;
    }

    /** A passage of a document its publisher files nowhere in particular. */
    public Passage(String chunkId, String documentId, String title, String url, List<String> headingPath,
                   String text, String snippet, double score, String collection, String language,
                   String documentType, Instant updated, String licence) {
        this(chunkId, documentId, title, url, headingPath, text, snippet, score, collection, language, documentType,
                updated, licence, Classification.NONE);
    }

    /** The heading path as one line ("Eligibility › If you're self-employed"); "" when there is none. */
    public String section() {
        return String.join(" › ", headingPath);
    }
}
