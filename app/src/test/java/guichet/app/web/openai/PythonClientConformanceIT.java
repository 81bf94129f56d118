package guichet.app.web.openai;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAI API as Python integrators use it: the official {@code openai} Python client (pinned, installed
 * by {@code .ci/prepare-test-tools.sh}) runs {@code openai/conformance.py} against the running Guichet, one
 * check per promised behaviour, chat completions and responses alike.
 */
class PythonClientConformanceIT extends RunningGuichet {

    @Test
    void theOfficialPythonClientPassesEveryCheck() throws Exception {
        Path python = toolsDir().resolve("openai-venv/bin/python");
        assertThat(python).as("run .ci/prepare-test-tools.sh first").isExecutable();
        Path script = Path.of("src/test/resources/openai/conformance.py").toAbsolutePath();

        Process process = new ProcessBuilder(python.toString(), script.toString(), "http://localhost:" + port + "/v1",
                apiKeys.create("python-client", false).token(), apiKeys.create("python-portal", false, true).token(),
                TestModels.CHAT_ID, TestModels.EMBEDDING_ID).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished in 5 minutes").isTrue();

        int start = output.indexOf('{');
        assertThat(start).as(output).isNotNegative();
        JsonNode report = JSON.readTree(output.substring(start));
        assertThat(report.path("failed")).as(output).isEmpty();
        assertThat(report.path("passed").size()).isGreaterThanOrEqualTo(20);
        assertThat(report.path("client").asText()).isEqualTo("openai-python 3.63.0");
        assertThat(process.exitValue()).isZero();
    }

    private static Path toolsDir() throws IOException {
        String dir = System.getProperty("guichet.test.tools-dir");
        Path path = dir == null ? Path.of("../.test-tools") : Path.of(dir);
        if (!Files.isDirectory(path)) {
            throw new IOException("no test tools at " + path + ": run .ci/prepare-test-tools.sh first");
        }
        return path;
    }
}
