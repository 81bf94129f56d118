package guichet.knowledge;

import guichet.inference.EmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The real embedding model and corpora the tests use, from {@code ../shared} (passed in by the
 * build). multilingual-e5-small is loaded once per test JVM and never closed: the process end frees it.
 */
public final class TestModels {

    private static volatile EmbeddingModel e5;

    private TestModels() {
    }

    public static Path sharedDir() {
        String dir = System.getProperty("guichet.test.shared-dir");
        if (dir == null) {
            throw new IllegalStateException("run the tests through Maven: guichet.test.shared-dir is not set");
        }
        return Path.of(dir).toAbsolutePath().normalize();
    }

    public static Path e5Folder() {
        return sharedDir().resolve("models/multilingual-e5-small");
    }

    public static Path govukPages() {
        return sharedDir().resolve("corpus/govuk/pages.json");
    }

    public static Path travailEmploiFiches() {
        return sharedDir().resolve("corpus/travail-emploi/fiches-travail.json");
    }

    /**
     * A file of the sample knowledge shipped in the application
     * ({@code app/src/main/resources/sample-knowledge}, passed in by the build).
     */
    public static Path sampleKnowledge(String file) {
        String dir = System.getProperty("guichet.test.sample-knowledge-dir");
        if (dir == null) {
            throw new IllegalStateException("run the tests through Maven: guichet.test.sample-knowledge-dir is not set");
        }
        return Path.of(dir).resolve(file).toAbsolutePath().normalize();
    }

    /** The test resource folder of real files. */
    public static Path resource(String name) {
        return Path.of("src/test/resources").resolve(name).toAbsolutePath();
    }

    /** multilingual-e5-small with its real checksum, shared by every test of this JVM. */
    public static synchronized EmbeddingModel e5() {
        if (e5 == null) {
            Path folder = e5Folder();
            e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(folder, sha256(folder.resolve("model.onnx")))
                    .withThreads(Runtime.getRuntime().availableProcessors()).withBatchSize(1));
        }
        return e5;
    }

    public static String sha256(Path file) {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash " + file, e);
        }
    }
}
