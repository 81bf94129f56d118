package guichet.inference.gguf;

import guichet.inference.ModelFileException;
import guichet.inference.ModelFileException.Problem;
import guichet.inference.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GgufReaderTest {

    @TempDir
    Path temp;

    @Test
    void readsTheMetadataOfARealModel() {
        GgufMetadata metadata = GgufReader.read(TestModels.chatModel());

        assertThat(metadata.version()).isEqualTo(3);
        assertThat(metadata.architecture()).isEqualTo("llama");
        assertThat(metadata.quantization()).isEqualTo("Q4_1");
        assertThat(metadata.trainedContextLength()).isEqualTo(8192);
        assertThat(metadata.tensorCount()).isEqualTo(272);
        assertThat(metadata.chatTemplate()).contains("<|im_start|>");
        assertThat(metadata.dataBytes()).isLessThanOrEqualTo(98_362_432L).isGreaterThan(98_000_000L);
    }

    @Test
    void reportsAMissingFile() {
        assertProblem(temp.resolve("absent.gguf"), Problem.MISSING);
    }

    @Test
    void reportsAFileThatIsNotGguf() throws IOException {
        Path text = Files.writeString(temp.resolve("notes.gguf"), "these are not model weights");

        assertProblem(text, Problem.WRONG_FORMAT);
    }

    @Test
    void reportsAnEmptyFile() throws IOException {
        assertProblem(Files.createFile(temp.resolve("empty.gguf")), Problem.WRONG_FORMAT);
    }

    @Test
    void reportsAFileCutInsideItsTensorData() throws IOException {
        assertProblem(prefixOfModel(60_000_000), Problem.TRUNCATED);
    }

    @Test
    void reportsAFileCutInsideItsHeader() throws IOException {
        assertProblem(prefixOfModel(100_000), Problem.TRUNCATED);
    }

    @Test
    void reportsAnImpossibleHeader() throws IOException {
        byte[] header = {'G', 'G', 'U', 'F', 3, 0, 0, 0, -1, -1, -1, -1, -1, -1, -1, 127, 0, 0, 0, 0, 0, 0, 0, 0};
        assertProblem(Files.write(temp.resolve("corrupt.gguf"), header), Problem.CORRUPT);
    }

    private Path prefixOfModel(int bytes) throws IOException {
        Path target = temp.resolve("cut-" + bytes + ".gguf");
        try (InputStream in = Files.newInputStream(TestModels.chatModel()); OutputStream out = Files.newOutputStream(target)) {
            out.write(in.readNBytes(bytes));
        }
        return target;
    }

    private static void assertProblem(Path path, Problem problem) {
        assertThatThrownBy(() -> GgufReader.read(path))
                .isInstanceOfSatisfying(ModelFileException.class, e -> assertThat(e.problem()).isEqualTo(problem));
    }
}
