package guichet.app.shared.evidence;

import java.time.Instant;
import java.util.List;

/**
 * A retrieved passage of official guidance: what the composer reads and what a citation points to.
 *
 * @param id the passage id the model cites (stable within one answer, e.g. "S1")
 * @param chunkId the index's chunk id
 * @param documentId the publisher's id of the page
 * @param title page title
 * @param url link to the exact section
 * @param headingPath the section's headings, outermost first
 * @param text the passage text
 * @param language the passage's language
 * @param score retrieval score
 * @param updated when its publisher last updated the page, null if unknown
 */
public record Source(String id, String chunkId, String documentId, String title, String url, List<String> headingPath,
                     String text, String language, double score, Instant updated) {

    public Source {
        headingPath = List.copyOf(headingPath);
    }

    /** A passage whose page carries no date. */
    public Source(String id, String chunkId, String documentId, String title, String url, List<String> headingPath,
                  String text, String language, double score) {
        this(id, chunkId, documentId, title, url, headingPath, text, language, score, null);
    }

    /** The passage of a retrieved chunk, known in this answer as {@code id}. */
    public static Source of(String id, guichet.knowledge.Passage passage) {
        return new Source(id, passage.chunkId(), passage.documentId(), passage.title(), passage.url(),
                passage.headingPath(), passage.text(), passage.language(), passage.score(), passage.updated());
    }

    /** Retrieved passages as the sources of one answer or draft, numbered S1, S2... in their order. */
    public static List<Source> numbered(List<guichet.knowledge.Passage> passages) {
        List<Source> sources = new java.util.ArrayList<>(passages.size());
        for (guichet.knowledge.Passage passage : passages) {
            sources.add(of("S" + (sources.size() + 1), passage));
        }
        return List.copyOf(sources);
    }

    /** The innermost heading, or the title when the passage has none. */
    public String section() {
        return headingPath.isEmpty() ? title : headingPath.getLast();
    }
}
