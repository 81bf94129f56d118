package guichet.app.desk.store;

/**
 * A guidance section a draft quotes, by its number in the draft.
 */
public record CitationLink(int number, String title, String section, String url) {
}
