package guichet.models;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

import static guichet.models.TestModels.BGE;
import static org.assertj.core.api.Assertions.assertThat;

class ModelStoreTest {

    @TempDir
    static Path shared;

    private static Path bgeFiles;

    @TempDir
    Path modelsDir;

    private ModelStore store;
    private Catalogue catalogue;
    private ModelEntry bge;

    @BeforeAll
    static void extractBge() throws IOException {
        bgeFiles = TestModels.bgeFiles(shared.resolve("bge"));
    }

    @BeforeEach
    void installBge() throws IOException {
        store = new ModelStore(modelsDir);
        catalogue = Catalogue.load(Optional.empty(), modelsDir);
        bge = catalogue.require(BGE);
        Files.createDirectories(store.folder(bge));
        for (ModelFile file : bge.files()) {
            Files.copy(bgeFiles.resolve(file.name()), store.file(bge, file.name()));
        }
    }

    @Test
    void modelFolderIsNamedAfterTheId() {
        assertThat(store.folder(bge)).isEqualTo(modelsDir.toAbsolutePath().resolve(BGE));
        assertThat(store.file(bge, "tokenizer.json")).isEqualTo(store.folder(bge).resolve("tokenizer.json"));
    }

    @Test
    void realFilesVerifyAndAreListedAsInstalled() {
        RecordingProgress progress = new RecordingProgress();

        VerifyReport report = store.verify(bge, progress);

        assertThat(report.ok()).isTrue();
        assertThat(report.files()).extracting(VerifyReport.FileCheck::status)
                .containsOnly(VerifyReport.Status.OK);
        assertThat(progress.tasks()).extracting(RecordingProgress.Task::label)
                .containsExactly("Checking model.onnx", "Checking tokenizer.json");
        assertThat(store.isInstalled(bge)).isTrue();
        assertThat(store.installed(catalogue)).singleElement().satisfies(installed -> {
            assertThat(installed.entry().id()).isEqualTo(BGE);
            assertThat(installed.primaryFile()).isEqualTo(store.file(bge, "model.onnx"));
        });
    }

    @Test
    void verifyDetectsAFlippedByte() throws IOException {
        Path tokenizer = store.file(bge, "tokenizer.json");
        try (RandomAccessFile file = new RandomAccessFile(tokenizer.toFile(), "rw")) {
            file.seek(1000);
            int b = file.read();
            file.seek(1000);
            file.write(b ^ 0x01);
        }

        VerifyReport report = store.verify(bge, ProgressListener.NONE);

        assertThat(store.isInstalled(bge)).as("size is unchanged, so the cheap check still passes").isTrue();
        assertThat(report.ok()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.name()).isEqualTo("tokenizer.json");
            assertThat(problem.status()).isEqualTo(VerifyReport.Status.CHECKSUM_MISMATCH);
            assertThat(problem.expectedSha256()).isEqualTo(bge.file("tokenizer.json").orElseThrow().sha256());
            assertThat(problem.actualSha256()).hasValueSatisfying(actual -> assertThat(actual).isNotEqualTo(problem.expectedSha256()));
        });
    }

    @Test
    void verifyReportsMissingAndWrongSizeFilesWithoutHashingThem() throws IOException {
        Files.delete(store.file(bge, "model.onnx"));
        Files.writeString(store.file(bge, "tokenizer.json"), "{}", StandardOpenOption.APPEND);
        RecordingProgress progress = new RecordingProgress();

        VerifyReport report = store.verify(bge, progress);

        assertThat(report.files()).extracting(VerifyReport.FileCheck::status)
                .containsExactly(VerifyReport.Status.MISSING, VerifyReport.Status.WRONG_SIZE);
        assertThat(report.files().get(1).actualSize()).isEqualTo(711_396 + 2);
        assertThat(progress.tasks()).isEmpty();
        assertThat(store.isInstalled(bge)).isFalse();
        assertThat(store.installed(catalogue)).isEmpty();
    }
}
