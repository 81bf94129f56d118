package guichet.knowledge;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * A document as a publisher gives it, read from one of the supported formats.
 *
 * @param documentId the publisher's id: GOV.UK base path, travail-emploi URL, service-public id
 *                   ({@code F34355}), or a stable id from the file path for a ministry's own files
 * @param collection the named collection it belongs to
 * @param title page title
 * @param url page URL, without anchor
 * @param language ISO 639-1 code, from the metadata or detected
 * @param documentType the publisher's type (guide, answer, Fiche d'information...), or the format
 * @param updated last update, or null if unknown
 * @param licence licence and attribution to show with any text taken from it
 * @param description the publisher's summary ("" if none)
 * @param sections the text, split on headings
 * @param classification the publisher's audiences, theme path and see-also links ({@link Classification#NONE} if none)
 */
public record SourceDocument(String documentId, String collection, String title, String url, String language,
                             String documentType, Instant updated, String licence, String description,
                             List<Section> sections, Classification classification) {

    public SourceDocument {
        documentId = requireText(documentId, "documentId");
        collection = requireText(collection, "collection");
        title = title == null ? "" : title.strip();
        url = url == null ? "" : url;
        language = language == null || language.isBlank() ? "und" : language;
        documentType = documentType == null || documentType.isBlank() ? "document" : documentType;
        licence = licence == null ? "" : licence;
        description = description == null ? "" : description.strip();
        sections = List.copyOf(Objects.requireNonNull(sections, "sections"));
        classification = classification == null ? Classification.NONE : classification;
    }

    /** A document its publisher files nowhere in particular. */
    public SourceDocument(String documentId, String collection, String title, String url, String language,
                          String documentType, Instant updated, String licence, String description,
                          List<Section> sections) {
        this(documentId, collection, title, url, language, documentType, updated, licence, description, sections,
                Classification.NONE);
    }

    /** Where the publisher files the page, broadest first (its classification's theme path). */
    public List<String> topics() {
        return classification.themePath();
    }

    /** The title under its topics, as one line ("Argent › Achat à distance › Vente à distance…"). */
    public String subject() {
        List<String> topics = topics();
        return topics.isEmpty() ? title : String.join(" › ", topics) + " › " + title;
    }

    /** The same document placed in another collection. */
    public SourceDocument inCollection(String name) {
        return new SourceDocument(documentId, name, title, url, language, documentType, updated, licence, description,
                sections, classification);
    }

    /** SHA-256 over everything that is indexed: a change in any of it makes the document "replaced". */
    public String contentHash() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : List.of(documentId, collection, title, url, language, documentType,
                    String.valueOf(updated), licence, description)) {
                update(digest, part);
            }
            if (!classification.isEmpty()) {
                // Left out when empty, so documents without one keep the hash they were indexed with.
                update(digest, String.join("\u001f", classification.audiences()));
                update(digest, String.join("\u001f", classification.themePath()));
                classification.seeAlso().forEach(link -> update(digest, link.title() + "\u001f" + link.url()));
            }
            for (Section section : sections) {
                update(digest, String.join("\u001f", section.headingPath()));
                update(digest, section.anchor());
                update(digest, section.url());
                update(digest, section.text());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }

    private static void update(MessageDigest digest, String part) {
        byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value.strip();
    }

    /** The same document published at another address. */
    public SourceDocument withUrl(String value) {
        return new SourceDocument(documentId, collection, title, value, language, documentType, updated, licence,
                description, sections, classification);
    }
}
