package guichet.knowledge.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What decides how a file reads: its bytes, the reader named for it (or sniffing), the collection
 * and the reading code's revision. Equal fingerprints mean parsing the file again would give the
 * same documents.
 */
final class SourceFingerprint {

    /**
     * Raise when a reader or the chunker changes what it makes of the same bytes, so that files
     * ingested before are read again (the jar's version is part of the fingerprint too).
     */
    static final int READING_REVISION = 2;

    private SourceFingerprint() {
    }

    /** @return the fingerprint, or null when the file cannot be read (reading it reports why) */
    static String of(Path file, DocumentReader named, String collection) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = start(named, collection);
            byte[] buffer = new byte[1 << 16];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            return null;
        }
    }

    /** The fingerprint of a file's bytes already in memory: the same as {@link #of(Path, DocumentReader, String)}'s. */
    static String of(byte[] content, DocumentReader named, String collection) {
        MessageDigest digest = start(named, collection);
        digest.update(content);
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest start(DocumentReader named, String collection) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String version = SourceFingerprint.class.getPackage().getImplementationVersion();
            digest.update((READING_REVISION + "\n" + (version == null ? "" : version) + "\n"
                    + (named == null ? "*" : named.format()) + "\n" + collection + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            return digest;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
