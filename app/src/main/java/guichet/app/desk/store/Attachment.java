package guichet.app.desk.store;

/**
 * A file attached to a message, as the desk recorded it.
 *
 * @param name file name as sent (or "unnamed")
 * @param contentType MIME type as sent
 * @param size bytes
 * @param note what happened to it ("text read", "not read: too large", ...)
 * @param text the beginning of its text when it was read (masked), else empty
 */
public record Attachment(String name, String contentType, long size, String note, String text) {
}
