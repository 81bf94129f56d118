package guichet.app.system.cli;

import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The guichet command as an operator runs it: help, clear messages and exit codes, never a stack trace. */
class CommandLineIT {

    @TempDir
    Path home;

    @Test
    void helpListsTheCommands() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.output()).contains("serve", "models", "bench", "corpus");
    }

    @Test
    void everyCommandDocumentsItself() throws Exception {
        for (String[] command : new String[][] {{"serve", "--help"}, {"models", "--help"}, {"models", "pull", "--help"},
                {"models", "import", "--help"}, {"models", "verify", "--help"}, {"bench", "inference", "--help"},
                {"corpus", "pull", "--help"}, {"corpus", "import", "--help"}, {"corpus", "status", "--help"}}) {
            GuichetProcess.Result result = new GuichetProcess(home).run(command);

            assertThat(result.exitCode()).as(String.join(" ", command)).isZero();
            assertThat(result.output()).as(String.join(" ", command)).contains("Usage: guichet " + command[0]);
        }
    }

    @Test
    void anUnknownModelIsAUsageError() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("models", "pull", "no-such-model");

        assertThat(result.exitCode()).isEqualTo(ExitCode.USAGE.code());
        assertThat(result.output()).contains("no-such-model", "smollm2-135m-instruct-q4_1");
        assertNoStackTrace(result);
    }

    @Test
    void importingAFileThatIsNotAModelIsRefused() throws Exception {
        Path notes = Files.writeString(home.resolve("weights.gguf"), "these are meeting notes, not weights");

        GuichetProcess.Result result = new GuichetProcess(home).run("models", "import", notes.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.MODEL_FILE.code());
        assertThat(result.output()).contains("weights.gguf");
        assertNoStackTrace(result);
    }

    @Test
    void verifyReportsACorruptedModelFile() throws Exception {
        Path models = home.resolve("models");
        Path folder = Files.createDirectories(models.resolve(TestModels.CHAT_ID));
        Path copy = Files.copy(TestModels.chatModelFile(), folder.resolve("SmolLM2-135M-Instruct.Q4_1.gguf"));
        try (RandomAccessFile file = new RandomAccessFile(copy.toFile(), "rw")) {
            file.seek(file.length() - 10);
            int b = file.read();
            file.seek(file.length() - 10);
            file.write(b ^ 0xFF);
        }

        GuichetProcess.Result result = new GuichetProcess(home).run("models", "verify", TestModels.CHAT_ID);

        assertThat(result.exitCode()).isEqualTo(ExitCode.CHECKSUM_MISMATCH.code());
        assertThat(result.output()).contains("FAILED", TestModels.CHAT_ID, "b179c9523d0e6a0f");
        assertNoStackTrace(result);
    }

    @Test
    void benchRefusesAFileThatIsNotGguf() throws Exception {
        Path notes = Files.writeString(home.resolve("model.gguf"), "<html>404</html>");

        GuichetProcess.Result result = new GuichetProcess(home).run("bench", "inference", "--model", notes.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCode.MODEL_FILE.code());
        assertThat(result.output()).contains("model.gguf", "not in the expected format");
        assertNoStackTrace(result);
    }

    @Test
    void benchRefusesZeroThreads() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("bench", "inference", "--model",
                TestModels.chatModelFile().toString(), "--threads", "0");

        assertThat(result.exitCode()).isEqualTo(ExitCode.SETTINGS.code());
        assertThat(result.output()).contains("threads must be at least 1");
        assertNoStackTrace(result);
    }

    @Test
    void listKeepsItsColumnsUnderTheHeadingsForTheLongestIds() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("models", "list");

        assertThat(result.exitCode()).isZero();
        String heading = result.output().lines().filter(line -> line.startsWith("ID ")).findFirst().orElseThrow();
        List<String> splitModels = result.output().lines().filter(line -> line.startsWith("qwen2.5-coder-")).toList();
        assertThat(splitModels).hasSize(2).allSatisfy(row -> {
            assertThat(row.substring(heading.indexOf("TASK"))).startsWith("chat ");
            assertThat(row.substring(heading.indexOf("LICENCE"))).startsWith("Apache-2.0 ");
        });
    }

    @Test
    void aBadSettingIsExplainedInOneLine() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("models", "list",
                "--guichet.models.connect-timeout=soon");

        assertThat(result.exitCode()).isEqualTo(ExitCode.SETTINGS.code());
        assertThat(result.output()).contains("guichet.models.connect-timeout");
        assertNoStackTrace(result);
    }

    @Test
    void serveWithABadSettingStopsWithAMessage() throws Exception {
        GuichetProcess.Result result = new GuichetProcess(home).run("--server.port=not-a-port");

        assertThat(result.exitCode()).isNotZero();
        assertThat(result.output()).contains("server.port");
        assertNoStackTrace(result);
    }

    private static void assertNoStackTrace(GuichetProcess.Result result) throws IOException {
        assertThat(result.output()).doesNotContain("\tat ", "Exception in thread", "Caused by:");
    }
}
