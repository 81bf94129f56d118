package guichet.app.knowledge.api;

import guichet.knowledge.Passage;

import java.util.List;

/** Passages of official guidance that match a search, best first. */
public record SearchHits(List<Hit> hits) {

    /**
     * One passage.
     *
     * @param url the page, with the section's anchor when it has one
     * @param section the headings above the passage ("Eligibility › If you're self-employed")
     * @param snippet a short extract with the query's words marked by {@code <b>…</b>}
     * @param score the ranking's score (see {@code mode}): only comparable within one search
     */
    public record Hit(String documentId, String title, String url, String section, String snippet, double score,
                      String collection, String language) {

        static Hit of(Passage passage) {
            return new Hit(passage.documentId(), passage.title(), passage.url(), passage.section(), passage.snippet(),
                    passage.score(), passage.collection(), passage.language());
        }
    }
}
