package guichet.knowledge.chunk;

import guichet.knowledge.Classification;

import java.time.Instant;
import java.util.List;

/**
 * A piece of a document small enough to embed and to quote.
 *
 * @param chunkId stable id: a hash of collection and document id, then the ordinal
 * @param documentId the publisher's id of the document
 * @param ordinal position in the document, from 0
 * @param collection named collection
 * @param title document title
 * @param headingPath headings above the chunk, outermost first
 * @param url the page URL with the section's anchor ({@code url#anchor}) when it has one
 * @param language ISO 639-1 code
 * @param documentType the publisher's type
 * @param updated last update, or null
 * @param licence licence and attribution
 * @param text the chunk's text
 * @param classification its document's audiences, theme path and see-also links
 */
public record Chunk(String chunkId, String documentId, int ordinal, String collection, String title,
                    List<String> headingPath, String url, String language, String documentType, Instant updated,
                    String licence, String text, Classification classification) {

    public Chunk {
        headingPath = List.copyOf(headingPath);
        classification = classification == null ? Classification.NONE : classification;
    }

    /** What the embedder reads: the title and headings give a short passage its context. */
    public String textToEmbed() {
        StringBuilder out = new StringBuilder(title);
        for (String heading : headingPath) {
            out.append(" > ").append(heading);
        }
        return out.append("\n").append(text).toString();
    }
}
