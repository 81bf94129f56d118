package guichet.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The real model files from {@code ../shared/models}, laid out as an installed models directory. */
public final class TestModels {

    public static final String CHAT_ID = "smollm2-135m-instruct-q4_1";
    public static final String EMBEDDING_ID = "multilingual-e5-small-q4";

    private TestModels() {
    }

    public static Path sharedModels() {
        String dir = System.getProperty("guichet.test.shared-dir");
        if (dir == null) {
            throw new IllegalStateException("run the tests through Maven: guichet.test.shared-dir is not set");
        }
        return Path.of(dir, "models").toAbsolutePath().normalize();
    }

    public static Path chatModelFile() {
        return sharedModels().resolve("SmolLM2-135M-Instruct.Q4_1.gguf");
    }

    /**
     * A models directory in which the default chat and embedding models are installed, as links to
     * the shared files (the store checks names and sizes; links keep the tests from copying 180 MB).
     */
    public static Path installedModelsDir(Path parent) throws IOException {
        Path models = parent.resolve("models");
        Path chat = Files.createDirectories(models.resolve(CHAT_ID));
        link(chat.resolve("SmolLM2-135M-Instruct.Q4_1.gguf"), chatModelFile());
        Path embedding = Files.createDirectories(models.resolve(EMBEDDING_ID));
        link(embedding.resolve("model.onnx"), sharedModels().resolve("multilingual-e5-small/model.onnx"));
        link(embedding.resolve("tokenizer.json"), sharedModels().resolve("multilingual-e5-small/tokenizer.json"));
        return models;
    }

    private static void link(Path link, Path target) throws IOException {
        if (!Files.exists(link)) {
            Files.createSymbolicLink(link, target);
        }
    }
}
