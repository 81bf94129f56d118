package guichet.inference.onnx;

import guichet.inference.ModelFileException;
import guichet.inference.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The padding id is read from the head of tokenizer.json, as the file itself declares it. */
class EmbeddingTokenizerIT {

    @Test
    void e5PadsWithItsPadTokenAndMasksThePadding() {
        try (EmbeddingTokenizer tokenizer = EmbeddingTokenizer.load(TestModels.multilingualE5().resolve("tokenizer.json"), 512)) {
            TokenBatch batch = tokenizer.encode(List.of("query: JSA", "query: how much is Jobseeker's Allowance"));

            long[] shorter = batch.ids()[0];
            assertThat(shorter[shorter.length - 1]).as("e5's <pad> is token 1").isEqualTo(1);
            assertThat(batch.attentionMask()[0][shorter.length - 1]).isZero();
        }
    }

    @Test
    void aPaddingDeclaredInTheFileWinsOverThePadToken(@TempDir Path folder) throws Exception {
        String e5 = Files.readString(TestModels.multilingualE5().resolve("tokenizer.json"));
        Path declared = Files.writeString(folder.resolve("tokenizer.json"), e5.replaceFirst("\"padding\": null",
                "\"padding\": {\"strategy\": \"BatchLongest\", \"direction\": \"Right\", \"pad_to_multiple_of\": null, "
                        + "\"pad_id\": 2, \"pad_type_id\": 0, \"pad_token\": \"</s>\"}"));

        try (EmbeddingTokenizer tokenizer = EmbeddingTokenizer.load(declared, 512)) {
            long[] shorter = tokenizer.encode(List.of("a", "a much longer text")).ids()[0];
            assertThat(shorter[shorter.length - 1]).isEqualTo(2);
        }
    }

    @Test
    void aFileThatIsNotAJsonObjectIsRefused(@TempDir Path folder) throws Exception {
        Path broken = Files.writeString(folder.resolve("tokenizer.json"), "[1, 2, 3]");

        assertThatThrownBy(() -> EmbeddingTokenizer.load(broken, 512)).isInstanceOf(ModelFileException.class);
    }
}
