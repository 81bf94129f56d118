package guichet.app.system.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The anchors file: one line per anchor, "seq hash recorded-at", appended and never rewritten. */
final class AuditAnchors {

    /** The head of the chain as it was at one time. */
    record Anchor(long seq, String hash, Instant at) {
    }

    private final Path file;

    AuditAnchors(Path file) {
        this.file = file;
    }

    Path file() {
        return file;
    }

    void append(Anchor anchor) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, anchor.seq() + " " + anchor.hash() + " " + anchor.at() + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
    }

    /** Every anchor readable in the file, oldest first; a damaged line is reported as a problem by the caller. */
    List<Anchor> read() throws IOException {
        List<Anchor> anchors = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return anchors;
        }
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 3) {
                throw new IOException("a line of " + file + " is not 'seq hash time': " + line);
            }
            try {
                anchors.add(new Anchor(Long.parseLong(parts[0]), parts[1], Instant.parse(parts[2])));
            } catch (RuntimeException e) {
                throw new IOException("a line of " + file + " is not 'seq hash time': " + line, e);
            }
        }
        return anchors;
    }
}
