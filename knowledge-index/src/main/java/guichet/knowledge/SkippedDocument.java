package guichet.knowledge;

/**
 * Something that was not indexed, and why.
 *
 * @param source the file, and the record inside it when it is one of many ("pages.json[12]")
 * @param reason one sentence an operator can act on
 */
public record SkippedDocument(String source, String reason) {
}
