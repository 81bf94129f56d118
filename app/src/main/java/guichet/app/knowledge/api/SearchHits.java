package guichet.app.knowledge.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import guichet.knowledge.DocumentHit;
import guichet.knowledge.Passage;

import java.util.List;

/** Pages (or passages) of official guidance that match a search, best first. */
public record SearchHits(List<Hit> hits) {

    /**
     * One page, shown by its best passage, or one passage.
     *
     * @param url the page, with the section's anchor of its best passage when it has one
     * @param section the headings above that passage ("Eligibility › If you're self-employed")
     * @param snippet a short extract of it with the query's words marked by {@code <b>…</b>}
     * @param score the ranking's score (see {@code mode}; a page's adds a share of its next passages'):
     *              only comparable within one search
     * @param passages a page's best passages, best first (the first is the one above); absent when
     *                 passages were asked for
     */
    public record Hit(String documentId, String title, String url, String section, String snippet, double score,
                      String collection, String language,
                      @JsonInclude(JsonInclude.Include.NON_NULL) List<PagePassage> passages) {

        static Hit of(Passage passage) {
            return new Hit(passage.documentId(), passage.title(), passage.url(), passage.section(), passage.snippet(),
                    passage.score(), passage.collection(), passage.language(), null);
        }

        static Hit of(DocumentHit page) {
            Passage best = page.best();
            return new Hit(page.documentId(), page.title(), best.url(), best.section(), best.snippet(), page.score(),
                    best.collection(), best.language(), page.passages().stream().map(PagePassage::of).toList());
        }
    }

    /** One of a page's best passages: where it is, what it says, and its score. */
    public record PagePassage(String url, String section, String snippet, double score) {

        static PagePassage of(Passage passage) {
            return new PagePassage(passage.url(), passage.section(), passage.snippet(), passage.score());
        }
    }
}
