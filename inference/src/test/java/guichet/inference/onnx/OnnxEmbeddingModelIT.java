package guichet.inference.onnx;

import guichet.inference.VectorSimilarity;
import guichet.inference.InvalidSettingsException;
import guichet.inference.ModelFileException;
import guichet.inference.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OnnxEmbeddingModelIT {

    private static final String QUESTION = "How much is Jobseeker's Allowance per week?";
    private static final String ANSWER = "You can get up to £92.05 a week in New Style Jobseeker's Allowance "
            + "if you are 25 or over.";
    private static final String UNRELATED = "The Eiffel Tower was finished in 1889 and is 330 metres tall.";

    private static OnnxEmbeddingModel e5;
    private static OnnxEmbeddingModel bge;

    @BeforeAll
    static void load(@TempDir Path temp) throws IOException {
        e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(TestModels.multilingualE5(), "").withThreads(2));
        Path bgeFolder = Files.createDirectories(temp.resolve("bge"));
        copyResource("/bge-small-en-v1.5-q.onnx", bgeFolder.resolve("model.onnx"));
        copyResource("/bge-small-en-v1.5-q-tokenizer.json", bgeFolder.resolve("tokenizer.json"));
        bge = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.bgeSmallEn(bgeFolder, "").withThreads(2));
    }

    @AfterAll
    static void close() {
        e5.close();
        bge.close();
    }

    @Test
    void placesAQuestionCloserToItsAnswerThanToAnUnrelatedSentence() {
        for (OnnxEmbeddingModel model : List.of(e5, bge)) {
            float[] question = model.embedQuery(QUESTION);
            List<float[]> passages = model.embedPassages(List.of(ANSWER, UNRELATED));

            assertThat(VectorSimilarity.cosine(question, passages.get(0)))
                    .as(model.info().id())
                    .isGreaterThan(VectorSimilarity.cosine(question, passages.get(1)) + 0.05);
        }
    }

    @Test
    void matchesAFrenchQuestionWithAnEnglishAnswerInTheMultilingualModel() {
        float[] question = e5.embedQuery("Combien touche-t-on d'allocation chômage par semaine ?");
        List<float[]> passages = e5.embedPassages(List.of(ANSWER, UNRELATED));

        assertThat(VectorSimilarity.cosine(question, passages.get(0))).isGreaterThan(VectorSimilarity.cosine(question, passages.get(1)));
    }

    @Test
    void givesUnitVectorsOfTheDeclaredSize() {
        float[] vector = e5.embedQuery(QUESTION);

        assertThat(vector).hasSize(384);
        double norm = 0;
        for (float v : vector) {
            norm += v * v;
        }
        assertThat(Math.sqrt(norm)).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-4));
    }

    @Test
    void givesNearlyTheSameVectorAloneAndInAPaddedBatch() {
        float[] alone = bge.embedPassages(List.of(ANSWER)).getFirst();
        float[] batched = bge.embedPassages(List.of("Short.", ANSWER, UNRELATED + " " + UNRELATED)).get(1);

        assertThat(VectorSimilarity.cosine(alone, batched)).isGreaterThan(0.99);
    }

    @Test
    void givesEachPassageItsOwnVectorWhenBatchesAreFormedByLength() {
        List<String> passages = new java.util.ArrayList<>();
        for (int i = 0; i < 36; i++) {
            // long and short passages interleaved: more than one batch of 32 passages, or of 512 tokens
            passages.add(i % 2 == 0 ? ANSWER + " Case " + i + "." : "Case " + i + ": " + UNRELATED.repeat(1 + i % 3));
        }

        List<float[]> vectors = bge.embedPassages(passages);

        assertThat(vectors).hasSize(passages.size());
        for (int i : List.of(0, 1, 17, 34, 35)) {
            float[] alone = bge.embedPassages(List.of(passages.get(i))).getFirst();
            assertThat(VectorSimilarity.cosine(alone, vectors.get(i))).as("passage %d", i).isGreaterThan(0.99);
        }
    }

    @Test
    void embedsPassagesLongerThanTheTokenBudgetAloneAndShortOnesTogether(@TempDir Path temp) throws IOException {
        Path folder = Files.createDirectories(temp.resolve("bge"));
        copyResource("/bge-small-en-v1.5-q.onnx", folder.resolve("model.onnx"));
        copyResource("/bge-small-en-v1.5-q-tokenizer.json", folder.resolve("tokenizer.json"));
        List<String> passages = List.of(UNRELATED.repeat(4), "Short.", ANSWER, "Case 2.", UNRELATED.repeat(3));
        try (OnnxEmbeddingModel tight = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.bgeSmallEn(folder, "")
                .withThreads(2).withBatchTokens(24))) {
            List<float[]> vectors = tight.embedPassages(passages);

            assertThat(vectors).hasSize(passages.size());
            for (int i = 0; i < passages.size(); i++) {
                float[] alone = bge.embedPassages(List.of(passages.get(i))).getFirst();
                assertThat(VectorSimilarity.cosine(alone, vectors.get(i))).as("passage %d", i).isGreaterThan(0.99);
            }
        }
    }

    @Test
    void truncatesInputsLongerThanTheModelTakes() {
        float[] vector = e5.embedPassages(List.of("allocation ".repeat(2000))).getFirst();

        assertThat(vector).hasSize(384);
    }

    @Test
    void refusesAnOutputSizeThatDoesNotMatchTheModel() {
        OnnxEmbeddingSettings wrong = new OnnxEmbeddingSettings(TestModels.multilingualE5().resolve("model.onnx"),
                TestModels.multilingualE5().resolve("tokenizer.json"), "e5", "", "sentence_embedding", Pooling.NONE,
                true, "", "", 512, 768, 8, 512, 1);

        assertThatThrownBy(() -> OnnxEmbeddingModel.load(wrong)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("384 dimensions");
    }

    @Test
    void reportsAMissingModelFile(@TempDir Path temp) {
        assertThatThrownBy(() -> OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(temp, "")))
                .isInstanceOfSatisfying(ModelFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ModelFileException.Problem.MISSING));
    }

    @Test
    void reportsAModelFileOnnxRuntimeCannotRead(@TempDir Path temp) throws IOException {
        Files.writeString(temp.resolve("model.onnx"), "not a protobuf graph");
        Files.copy(TestModels.multilingualE5().resolve("tokenizer.json"), temp.resolve("tokenizer.json"));

        assertThatThrownBy(() -> OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(temp, "")))
                .isInstanceOfSatisfying(ModelFileException.class,
                        e -> assertThat(e.problem()).isEqualTo(ModelFileException.Problem.REJECTED_BY_ENGINE));
    }

    private static void copyResource(String name, Path target) throws IOException {
        try (InputStream in = OnnxEmbeddingModelIT.class.getResourceAsStream(name)) {
            assertThat(in).as("test classpath resource " + name).isNotNull();
            Files.copy(in, target);
        }
    }
}
