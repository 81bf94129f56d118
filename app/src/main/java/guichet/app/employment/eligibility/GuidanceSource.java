package guichet.app.employment.eligibility;

/**
 * The guidance section a rule comes from.
 *
 * @param url the page address with the section anchor
 * @param title the page and section title
 * @param quote the words of the guidance the rule encodes
 */
public record GuidanceSource(String url, String title, String quote) {
}
