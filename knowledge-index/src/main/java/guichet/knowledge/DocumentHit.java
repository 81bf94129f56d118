package guichet.knowledge;

import java.util.List;

/**
 * A document found by a search, with the passages of it that matched best.
 *
 * @param documentId the publisher's id of the document
 * @param title document title
 * @param score the document's score: its best passage's score plus a share of its next ones'
 *              (see {@link guichet.knowledge.search.DocumentRanking}); only comparable within one search
 * @param passages its best passages, best first; never empty
 */
public record DocumentHit(String documentId, String title, double score, List<Passage> passages) {

    public DocumentHit {
        passages = List.copyOf(passages);
        if (passages.isEmpty()) {
            throw new IllegalArgumentException("a document hit needs at least one passage");
        }
    }

    /** The passage that matched best: its URL points at the document's best section. */
    public Passage best() {
        return passages.getFirst();
    }
}
