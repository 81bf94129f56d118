package guichet.app.ask.pipeline;

import guichet.app.shared.evidence.Source;
import guichet.app.knowledge.GuidanceAge;

import java.time.LocalDate;

/**
 * A source an answer used, as the citizen sees it: a link to the exact section, and the day its publisher last
 * updated it ("guidance as of 5 November 2020"), null when the page gives none.
 */
public record Citation(String title, String url, String section, String documentId, LocalDate updated) {

    /** A source whose page carries no date. */
    public Citation(String title, String url, String section, String documentId) {
        this(title, url, section, documentId, null);
    }

    public static Citation of(Source source) {
        return new Citation(source.title(), source.url(), source.section(), source.documentId(),
                source.updated() == null ? null : GuidanceAge.dayOf(source.updated()));
    }
}
