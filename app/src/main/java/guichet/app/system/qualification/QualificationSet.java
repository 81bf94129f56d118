package guichet.app.system.qualification;

import guichet.models.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

    /** {@code sets} as files, for readers that take a file, while {@code use} runs. */
    static <T> T staged(List<QualificationSet> sets, Function<List<Path>, T> use) {
        List<Path> files = new ArrayList<>();
        try {
            for (QualificationSet set : sets) {
                Path file = Files.createTempFile("guichet-qualification", ".jsonl");
                files.add(file);
                Files.write(file, set.content());
            }
            return use.apply(List.copyOf(files));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stage the qualification sets", e);
        } finally {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    // a temporary file left behind is the temp folder's to clear
                }
            }
        }
    }
}
