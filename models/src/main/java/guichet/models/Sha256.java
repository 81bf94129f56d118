package guichet.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/** Streaming SHA-256 of files and streams, reporting progress as it reads. */
public final class Sha256 {

    /** Bytes read per step; large enough that hashing runs at disk speed. */
    public static final int BUFFER_BYTES = 1 << 20;

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

    private Sha256() {
    }

    /** The SHA-256 of {@code file}, as one progress task labelled "Checking name". */
    public static String of(Path file, ProgressListener progress) throws IOException {
        progress.begin("Checking " + file.getFileName(), Files.size(file));
        try (InputStream in = Files.newInputStream(file)) {
            return copy(in, OutputStream.nullOutputStream(), progress);
        } finally {
            progress.end();
        }
    }

    /** Copies {@code in} to {@code out} and returns the SHA-256 of what passed; reports advances only. */
    public static String copy(InputStream in, OutputStream out, ProgressListener progress) throws IOException {
        MessageDigest digest = newDigest();
        copy(in, out, digest, progress);
        return hex(digest.digest());
    }

    /**
     * Copies {@code in} to {@code out}, feeding what passes into {@code digest} (which may already hold what came
     * before, for a file written in pieces); reports advances only and returns the number of bytes copied.
     */
    public static long copy(InputStream in, OutputStream out, MessageDigest digest, ProgressListener progress)
            throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            digest.update(buffer, 0, read);
            out.write(buffer, 0, read);
            progress.advance(read);
            total += read;
        }
        return total;
    }

    /** Feeds all of {@code in} into {@code digest}; returns the number of bytes read. */
    public static long update(MessageDigest digest, InputStream in) throws IOException {
        byte[] buffer = new byte[BUFFER_BYTES];
        long total = 0;
        int read;
        while ((read = in.readNBytes(buffer, 0, buffer.length)) > 0) {
            digest.update(buffer, 0, read);
            total += read;
        }
        return total;
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Lower-case hexadecimal of a digest. */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** True when {@code text} is 64 hexadecimal digits. */
    public static boolean isSha256(String text) {
        return text != null && HEX_64.matcher(text).matches();
    }
}
