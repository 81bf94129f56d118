package guichet.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static guichet.models.TestModels.BGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulls the real BGE files from plain URLs, as a site's internal mirror would serve them. */
class ModelPullerUrlIT {

    @TempDir
    static Path shared;

    private static Path bgeFiles;

    @TempDir
    Path modelsDir;

    private RepositoryServer server;
    private ModelStore store;
    private ModelEntry bge;

    @BeforeAll
    static void extractBge() throws IOException {
        bgeFiles = TestModels.bgeFiles(shared.resolve("bge"));
    }

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
    void pullsEachFileFromItsUrl() throws IOException {
        server.file("/bge/model.onnx", bgeFiles.resolve("model.onnx"))
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));
        RecordingProgress progress = new RecordingProgress();

        puller().pull(bge, List.of(urls()), progress);

        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
        assertThat(progress.tasks()).containsExactly(
                new RecordingProgress.Task("Downloading model.onnx", 34_014_426, 34_014_426, true),
                new RecordingProgress.Task("Downloading tokenizer.json", 711_396, 711_396, true));
        assertNoPartialFiles();
    }

    @Test
    void resumesWithARangeRequestAfterTheConnectionIsCut() throws IOException {
        long cutAt = 5_000_000;
        server.fileCutOnce("/bge/model.onnx", bgeFiles.resolve("model.onnx"), cutAt)
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));

        puller().pull(bge, List.of(urls()), ProgressListener.NONE);

        List<RepositoryServer.Request> requests = server.requests("/bge/model.onnx");
        assertThat(requests).extracting(RepositoryServer.Request::range)
                .containsExactly(Optional.empty(), Optional.of("bytes=" + cutAt + "-"));
        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
        assertNoPartialFiles();
    }

    @Test
    void silentServerIsAbandonedAfterTheReadTimeoutAndTheDownloadResumed() {
        long sent = 2_000_000;
        server.fileStallingOnce("/bge/model.onnx", bgeFiles.resolve("model.onnx"), sent, Duration.ofSeconds(30))
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));
        ModelPuller impatient = new ModelPuller(store,
                PullSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(1)));
        long start = System.nanoTime();

        impatient.pull(bge, List.of(urls()), ProgressListener.NONE);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(server.requests("/bge/model.onnx")).extracting(RepositoryServer.Request::range)
                .containsExactly(Optional.empty(), Optional.of("bytes=" + sent + "-"));
        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
    }

    @Test
    void partialFileLeftByAnEarlierRunIsResumed() throws IOException {
        int kept = 1_234_567;
        Path part = modelsDir.resolve(".partial").resolve(BGE).resolve("model.onnx.part");
        Files.createDirectories(part.getParent());
        try (InputStream in = Files.newInputStream(bgeFiles.resolve("model.onnx"))) {
            Files.write(part, in.readNBytes(kept));
        }
        server.file("/bge/model.onnx", bgeFiles.resolve("model.onnx"))
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));

        puller().pull(bge, List.of(urls()), ProgressListener.NONE);

        assertThat(server.requests("/bge/model.onnx")).singleElement()
                .satisfies(r -> assertThat(r.range()).hasValue("bytes=" + kept + "-"));
        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
    }

    @Test
    void serverThatIgnoresRangesIsDownloadedAgainFromTheStart() throws IOException {
        server.fileIgnoringRanges("/bge/model.onnx", bgeFiles.resolve("model.onnx"))
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));
        Path part = modelsDir.resolve(".partial").resolve(BGE).resolve("model.onnx.part");
        Files.createDirectories(part.getParent());
        Files.write(part, new byte[1000]);

        puller().pull(bge, List.of(urls()), ProgressListener.NONE);

        assertThat(server.requests("/bge/model.onnx")).singleElement()
                .satisfies(r -> assertThat(r.range()).hasValue("bytes=1000-"));
        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
    }

    @Test
    void fileWithOtherContentIsDeletedAndNothingIsInstalled() throws IOException {
        server.file("/bge/model.onnx", bgeFiles.resolve("model.onnx"))
                .file("/bge/tokenizer.json", bgeFiles.resolve("model.onnx"));

        assertThatThrownBy(() -> puller().pull(bge, List.of(urls()), ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class,
                        e -> assertThat(e.file()).isEqualTo("tokenizer.json of model " + BGE));

        assertThat(store.folder(bge)).doesNotExist();
        assertNoPartialFiles();
    }

    @Test
    void laterSourceIsUsedWhenAnEarlierOneFails() throws IOException {
        server.file("/bge/model.onnx", bgeFiles.resolve("model.onnx"))
                .file("/bge/tokenizer.json", bgeFiles.resolve("tokenizer.json"));
        ModelSource missing = new ModelSource.Url(Map.of("model.onnx", server.uri("/gone/model.onnx"),
                "tokenizer.json", server.uri("/gone/tokenizer.json")));

        puller().pull(bge, List.of(missing, urls()), ProgressListener.NONE);

        assertThat(store.verify(bge, ProgressListener.NONE).ok()).isTrue();
        assertThat(server.requests("/gone/model.onnx")).hasSize(1);
    }

    private ModelSource.Url urls() {
        return new ModelSource.Url(Map.of("model.onnx", server.uri("/bge/model.onnx"),
                "tokenizer.json", server.uri("/bge/tokenizer.json")));
    }

    private ModelPuller puller() {
        return new ModelPuller(store, PullSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)));
    }

    private void assertNoPartialFiles() throws IOException {
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        }
    }
}
