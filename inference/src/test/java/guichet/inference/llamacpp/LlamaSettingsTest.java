package guichet.inference.llamacpp;

import guichet.inference.InvalidSettingsException;
import guichet.inference.ModelFileException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LlamaSettingsTest {

    private final LlamaSettings defaults = LlamaSettings.defaults(Path.of("model.gguf"));

    @Test
    void rejectsZeroOrNegativeSizes() {
        assertThatThrownBy(() -> defaults.withThreads(0)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("threads");
        assertThatThrownBy(() -> defaults.withSlots(-1)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("parallel slots");
        assertThatThrownBy(() -> defaults.withContextTokens(0)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("context size");
        assertThatThrownBy(() -> defaults.withQueueCapacity(-5)).isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("queue capacity");
    }

    @Test
    void rejectsANonPositiveTimeout() {
        assertThatThrownBy(() -> new LlamaSettings(Path.of("m.gguf"), "m", "", 1, 512, 512, 0, 1, 1,
                Duration.ZERO, Duration.ofSeconds(1), true, false))
                .isInstanceOf(InvalidSettingsException.class).hasMessageContaining("queue wait");
    }

    @Test
    void refusesToLoadAFileThatIsNotAModelBeforeTouchingNativeCode(@TempDir Path temp) throws Exception {
        Path notAModel = Files.writeString(temp.resolve("model.gguf"), "<html>404 Not Found</html>");

        assertThatThrownBy(() -> LlamaChatModel.load(LlamaSettings.defaults(notAModel), temp))
                .isInstanceOf(ModelFileException.class).hasMessageContaining("not in the expected format");
    }
}
