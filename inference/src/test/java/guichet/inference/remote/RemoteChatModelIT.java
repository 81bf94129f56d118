package guichet.inference.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.ChatMessage;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.EngineUnavailableException;
import guichet.inference.FinishReason;
import guichet.inference.Generation;
import guichet.inference.InferenceException;
import guichet.inference.PromptTooLongException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import guichet.inference.TestModels;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The remote backend against a real OpenAI-compatible server: llama-cpp-python's, serving the same
 * GGUF file, started by the test.
 */
class RemoteChatModelIT {

    private static Process server;
    private static RemoteChatModel model;
    private static URI baseUrl;

    @BeforeAll
    static void startServer() throws Exception {
        Path python = TestModels.toolsDir().resolve("llama-cpp-venv/bin/python");
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException("no llama-cpp-python at " + python + ": run .ci/prepare-test-tools.sh");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path log = Files.createDirectories(Path.of("target")).resolve("llama-cpp-python-server.log");
        server = new ProcessBuilder(python.toString(), "-m", "llama_cpp.server",
                "--model", TestModels.chatModel().toString(), "--model_alias", "smollm2",
                "--host", "127.0.0.1", "--port", String.valueOf(port), "--n_ctx", "2048", "--n_threads", "2")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        baseUrl = URI.create("http://127.0.0.1:" + port + "/v1");
        awaitReady(baseUrl.resolve("/v1/models"));
        model = RemoteChatModel.connect(settings(2048));
    }

    @AfterAll
    static void stopServer() throws InterruptedException {
        if (model != null) {
            model.close();
        }
        if (server != null) {
            server.destroy();
            if (!server.waitFor(10, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    @Test
    void answersThroughTheSameInterfaceAsTheLocalEngine() {
        ChatResult result = model.chat(ChatRequest.of(List.of(
                ChatMessage.system("You are a helpful assistant. Answer briefly."),
                ChatMessage.user("What is the capital city of France?"))));

        assertThat(result.text()).containsIgnoringCase("Paris");
        assertThat(result.finishReason()).isEqualTo(FinishReason.STOP);
        assertThat(result.modelId()).isEqualTo("smollm2");
    }

    @Test
    void streamsPiecesAsTheyArrive() {
        List<String> pieces = new CopyOnWriteArrayList<>();
        ChatResult result = model.generate(ChatRequest.ofUser("Name three colours."), pieces::add).await();

        assertThat(pieces.size()).isGreaterThan(3);
        assertThat(String.join("", pieces)).isEqualTo(result.text());
    }

    @Test
    void producesJsonOfTheRequestedSchema() throws Exception {
        RemoteChatModel structured = RemoteChatModel.connect(new RemoteSettings(baseUrl, "", "smollm2", 2048, 1, 4,
                Duration.ofSeconds(5), Duration.ofMinutes(2), StructuredOutputStyle.JSON_OBJECT_WITH_SCHEMA));
        String schema = """
                {"type":"object","properties":{"city":{"type":"string"},"population":{"type":"integer"}},
                 "required":["city","population"]}""";
        try (structured) {
            String text = structured.chat(ChatRequest.ofUser("Describe Paris as JSON.")
                    .withFormat(ResponseFormat.JsonSchema.parse(schema))).text();

            JsonNode json = new ObjectMapper().readTree(text);
            assertThat(json.get("city").isTextual()).isTrue();
            assertThat(json.get("population").isIntegralNumber()).isTrue();
        }
    }

    @Test
    void cancellingStopsTheStream() throws Exception {
        CountDownLatch firstTokens = new CountDownLatch(3);
        Generation generation = model.generate(ChatRequest.ofUser("Write a very long essay about Europe.")
                .withSampling(Sampling.GREEDY.withMaxTokens(1500)), piece -> firstTokens.countDown());
        assertThat(firstTokens.await(60, TimeUnit.SECONDS)).isTrue();

        generation.cancel();

        assertThat(generation.await(Duration.ofSeconds(10)).finishReason()).isEqualTo(FinishReason.CANCELLED);
    }

    @Test
    void rejectsAPromptTooLongForTheConfiguredContextBeforeSendingIt() {
        assertThatThrownBy(() -> model.generate(ChatRequest.ofUser("word ".repeat(3000)), piece -> { }))
                .isInstanceOf(PromptTooLongException.class);
    }

    @Test
    void reportsAStreamTheServerDropsInsteadOfAnEmptyAnswer() {
        RemoteChatModel optimistic = RemoteChatModel.connect(settings(100_000));
        try (optimistic) {
            assertThatThrownBy(() -> optimistic.chat(ChatRequest.ofUser("word ".repeat(3000))))
                    .isInstanceOf(InferenceException.class)
                    .hasMessageContaining("prompt may be too long");
        }
    }

    @Test
    void reportsAnUnreachablePoolClearly() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        RemoteSettings nowhere = new RemoteSettings(URI.create("http://127.0.0.1:" + closedPort + "/v1"), "", "m",
                2048, 1, 1, Duration.ofSeconds(2), Duration.ofSeconds(5), null);

        assertThatThrownBy(() -> RemoteChatModel.connect(nowhere)).isInstanceOf(EngineUnavailableException.class)
                .hasMessageContaining("cannot reach");
    }

    private static RemoteSettings settings(int contextTokens) {
        return new RemoteSettings(baseUrl, "", "smollm2", contextTokens, 2, 8, Duration.ofSeconds(5),
                Duration.ofMinutes(2), StructuredOutputStyle.JSON_OBJECT_WITH_SCHEMA);
    }

    private static void awaitReady(URI models) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new IllegalStateException("the llama-cpp-python server exited; see target/llama-cpp-python-server.log");
            }
            try {
                if (client.send(HttpRequest.newBuilder(models).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the llama-cpp-python server did not start within 90 s");
    }
}
