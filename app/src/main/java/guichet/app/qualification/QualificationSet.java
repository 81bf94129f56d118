package guichet.app.qualification;

import guichet.models.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A set of cases for one evaluation: an operator's file, or one of the development sets shipped in the jar under
 * {@code qualification/} (their {@code validate} split was never tuned on).
 *
 * @param name the file's path, or {@code bundled:<resource>}
 * @param content its bytes
 */
record QualificationSet(String name, byte[] content) {

    /** The sets shipped in the jar for each evaluation. */
    static final List<String> BUNDLED_ANSWERS = List.of("answers/en.jsonl", "answers/fr.jsonl");
    static final String BUNDLED_SAFETY = "safety/dev.jsonl";
    static final String BUNDLED_TRIAGE = "triage/dev.jsonl";

    static QualificationSet file(Path file) {
        try {
            return new QualificationSet(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    static QualificationSet bundled(String resource) {
        try (InputStream in = QualificationSet.class.getResourceAsStream("/qualification/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks its qualification set " + resource + ": rebuild it");
            }
            return new QualificationSet("bundled:" + resource, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the qualification set " + resource, e);
        }
    }

    String sha256() {
        return Sha256.hex(Sha256.newDigest().digest(content));
    }

    /** The cases, read by the evaluation's own reader (which takes a file). */
    <T> List<T> read(Function<Path, List<T>> reader) {
        try {
            Path temporary = Files.createTempFile("guichet-qualification", ".jsonl");
            try {
                Files.write(temporary, content);
                return reader.apply(temporary);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the set " + name, e);
        }
    }
}
