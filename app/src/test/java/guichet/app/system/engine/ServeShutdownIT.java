package guichet.app.system.engine;

import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The real process: serve loads the models, reports ready, and ends cleanly on SIGTERM. */
class ServeShutdownIT {

    @TempDir
    Path home;

    @Test
    void servesThenExitsOnTerminationWithoutAStackTrace() throws Exception {
        TestModels.installedModelsDir(home);
        int port = freePort();
        GuichetProcess guichet = new GuichetProcess(home);
        Process process = guichet.start("serve", "--server.port=" + port, "--guichet.models.auto-pull=false",
                "--guichet.inference.threads=2", "--guichet.inference.context-tokens=1024",
                "--guichet.knowledge.sample-on-first-start=false");
        HttpClient http = HttpClient.newHttpClient();
        URI health = URI.create("http://127.0.0.1:" + port + "/actuator/health");

        try {
            await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(500)).until(() -> {
                assertThat(process.isAlive()).as(guichet.output()).isTrue();
                return status(http, health) == 200;
            });
        } catch (AssertionError | RuntimeException e) {
            Thread.sleep(500);
            process.destroyForcibly();
            throw new AssertionError("serve did not become ready (exit " + (process.isAlive() ? "none" : process.exitValue())
                    + "); it printed:\n" + guichet.output(), e);
        }
        process.destroy();

        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the JVM exits after SIGTERM").isTrue();
        assertThat(guichet.output()).contains("unloaded " + TestModels.CHAT_ID).doesNotContain("\tat ");
    }

    private static int status(HttpClient http, URI uri) {
        try {
            return http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException | InterruptedException e) {
            return -1;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
