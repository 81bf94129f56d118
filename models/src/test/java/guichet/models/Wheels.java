package guichet.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Builds real wheels (zip archives, members stored) the way a package index would serve them. */
final class Wheels {

    /** A built wheel and its SHA-256, as an index would publish it. */
    record Wheel(Path path, String sha256) {
        String filename() {
            return path.getFileName().toString();
        }
    }

    private Wheels() {
    }

    /** Writes {@code target} holding each file of {@code members} (member path → file) plus a METADATA file. */
    static Wheel build(Path target, Map<String, Path> members) throws IOException {
        MessageDigest digest = Sha256.newDigest();
        try (OutputStream file = Files.newOutputStream(target);
             ZipOutputStream zip = new ZipOutputStream(new DigestOutputStream(file, digest))) {
            for (Map.Entry<String, Path> member : members.entrySet()) {
                ZipEntry entry = new ZipEntry(member.getKey());
                entry.setMethod(ZipEntry.STORED);
                entry.setSize(Files.size(member.getValue()));
                entry.setCompressedSize(Files.size(member.getValue()));
                entry.setCrc(crc(member.getValue()));
                zip.putNextEntry(entry);
                Files.copy(member.getValue(), zip);
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("guichet_test-0.1.dist-info/METADATA"));
            zip.write("Metadata-Version: 2.1\nName: guichet-test\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return new Wheel(target, Sha256.hex(digest.digest()));
    }

    private static long crc(Path file) throws IOException {
        CRC32 crc = new CRC32();
        byte[] buffer = new byte[Sha256.BUFFER_BYTES];
        try (InputStream in = Files.newInputStream(file)) {
            int read;
            while ((read = in.read(buffer)) > 0) {
                crc.update(buffer, 0, read);
            }
        }
        return crc.getValue();
    }
}
