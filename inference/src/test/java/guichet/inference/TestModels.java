package guichet.inference;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the tests find the real model files: {@code ../shared/models}, passed in by the build. */
public final class TestModels {

    private TestModels() {
    }

    /** The shared folder beside the checkout. */
    public static Path sharedDir() {
        String dir = System.getProperty("guichet.test.shared-dir");
        if (dir == null) {
            throw new IllegalStateException("run the tests through Maven: guichet.test.shared-dir is not set");
        }
        Path path = Path.of(dir).toAbsolutePath().normalize();
        if (!Files.isDirectory(path.resolve("models"))) {
            throw new IllegalStateException("no models folder under " + path + " (../shared must sit beside the checkout)");
        }
        return path;
    }

    /** SmolLM2-135M-Instruct Q4_1, the default chat model. */
    public static Path chatModel() {
        return sharedDir().resolve("models/SmolLM2-135M-Instruct.Q4_1.gguf");
    }

    /** Folder with multilingual-e5-small's model.onnx and tokenizer.json. */
    public static Path multilingualE5() {
        return sharedDir().resolve("models/multilingual-e5-small");
    }

    /** Third-party servers and tools prepared by .ci/prepare-test-tools.sh. */
    public static Path toolsDir() {
        String dir = System.getProperty("guichet.test.tools-dir");
        Path path = dir == null ? Path.of(".test-tools") : Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("no test tools at " + path + ": run .ci/prepare-test-tools.sh first");
        }
        return path;
    }

    /** Where tests unpack native libraries. */
    public static Path nativeCache() {
        return Path.of("target", "native").toAbsolutePath();
    }
}
