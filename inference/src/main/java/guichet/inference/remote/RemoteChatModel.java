package guichet.inference.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.EngineUnavailableException;
import guichet.inference.Generation;
import guichet.inference.ModelInfo;
import guichet.inference.PromptTooLongException;
import guichet.inference.TokenSink;
import guichet.inference.scheduling.SlotScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * A chat model served by an operator's own OpenAI-compatible pool. Same interface, same typed
 * errors and the same local admission control as the in-process engine.
 */
public final class RemoteChatModel implements ChatModel {

    private static final Logger LOG = LoggerFactory.getLogger(RemoteChatModel.class);
    private static final double CHARACTERS_PER_TOKEN = 3.0;
    private static final int TOKENS_PER_MESSAGE = 6;

    private final RemoteSettings settings;
    private final HttpClient client;
    private final SlotScheduler scheduler;
    private final ModelInfo info;
    private volatile boolean closed;

    private RemoteChatModel(RemoteSettings settings, HttpClient client) {
        this.settings = settings;
        this.client = client;
        this.scheduler = new SlotScheduler("remote", settings.concurrency(), settings.queueCapacity());
        this.info = new ModelInfo(settings.model(), "", "openai-compatible", settings.model(), "remote", 0, "remote",
                0, settings.contextTokens(), settings.concurrency(), "");
    }

    /**
     * Connects to the pool and checks it serves the configured model.
     *
     * @throws EngineUnavailableException when the pool cannot be reached or does not list the model
     */
    public static RemoteChatModel connect(RemoteSettings settings) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest models = authorised(HttpRequest.newBuilder(settings.endpoint("models")), settings)
                .timeout(settings.connectTimeout().plusSeconds(10)).GET().build();
        try {
            HttpResponse<String> response = client.send(models, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new EngineUnavailableException("the remote pool at " + settings.baseUrl() + " answered HTTP "
                        + response.statusCode() + " to GET /models");
            }
            JsonNode listed = new ObjectMapper().readTree(response.body()).path("data");
            boolean served = false;
            for (JsonNode model : listed) {
                served |= settings.model().equals(model.path("id").asText());
            }
            if (!served) {
                LOG.warn("the remote pool at {} does not list model '{}'; requests may fail", settings.baseUrl(),
                        settings.model());
            }
        } catch (IOException e) {
            throw new EngineUnavailableException("cannot reach the remote pool at " + settings.baseUrl() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("interrupted while connecting to " + settings.baseUrl(), e);
        }
        LOG.info("using the remote pool at {} for model {}", settings.baseUrl(), settings.model());
        return new RemoteChatModel(settings, client);
    }

    @Override
    public ModelInfo info() {
        return info;
    }

    @Override
    public Generation generate(ChatRequest request, TokenSink sink) {
        if (closed) {
            throw new EngineUnavailableException("the remote model " + settings.model() + " is shut down");
        }
        int promptTokens = countTokens(request.messages());
        int room = settings.contextTokens() - promptTokens;
        if (room < 1) {
            throw new PromptTooLongException(promptTokens, settings.contextTokens());
        }
        int maxTokens = Math.min(request.sampling().maxTokens(), room);
        HttpRequest http = authorised(HttpRequest.newBuilder(settings.endpoint("chat/completions")), settings)
                .timeout(settings.requestTimeout())
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .POST(HttpRequest.BodyPublishers.ofString(ChatCompletionJson.body(settings.model(), request, maxTokens,
                        settings.structuredOutput())))
                .build();
        RemoteGeneration generation = new RemoteGeneration(client, http, promptTokens, settings.contextTokens(), maxTokens,
                settings.model(), sink);
        generation.queued(scheduler.submit(generation));
        return generation;
    }

    /** An estimate (the pool's tokenizer is not at hand): about three characters a token, plus framing. */
    @Override
    public int countTokens(List<ChatMessage> messages) {
        int characters = messages.stream().mapToInt(m -> m.content().length()).sum();
        return (int) Math.ceil(characters / CHARACTERS_PER_TOKEN) + TOKENS_PER_MESSAGE * messages.size();
    }

    @Override
    public int queueDepth() {
        return scheduler.queueDepth();
    }

    @Override
    public int activeRequests() {
        return scheduler.active();
    }

    @Override
    public void close() {
        closed = true;
        scheduler.shutdown(Duration.ofSeconds(10));
        scheduler.close();
        client.close();
    }

    private static HttpRequest.Builder authorised(HttpRequest.Builder builder, RemoteSettings settings) {
        return settings.apiKey().isEmpty() ? builder : builder.header("Authorization", "Bearer " + settings.apiKey());
    }
}
