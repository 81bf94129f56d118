package guichet.app.ask.pipeline;

/** A source an answer used, as the citizen sees it: a link to the exact section. */
public record Citation(String title, String url, String section, String documentId) {

    public static Citation of(Source source) {
        return new Citation(source.title(), source.url(), source.section(), source.documentId());
    }
}
