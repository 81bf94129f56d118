package guichet.inference.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.ChatResult;
import guichet.inference.EngineUnavailableException;
import guichet.inference.FinishReason;
import guichet.inference.InferenceException;
import guichet.inference.TokenSink;
import guichet.inference.scheduling.QueuedGeneration;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One streamed chat completion against a remote pool. Cancelling closes the response stream, which
 * drops the connection: the pool stops generating for it.
 */
final class RemoteGeneration extends QueuedGeneration {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final HttpRequest request;
    private final int contextTokens;
    private final int maxTokens;
    private volatile InputStream body;

    RemoteGeneration(HttpClient client, HttpRequest request, int promptTokensEstimate, int contextTokens,
                     int maxTokens, String modelId, TokenSink sink) {
        super(sink, modelId, promptTokensEstimate);
        this.client = client;
        this.request = request;
        this.contextTokens = contextTokens;
        this.maxTokens = maxTokens;
    }

    @Override
    protected void interruptRunning() {
        InputStream open = body;
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // the connection is being torn down either way
            }
        }
    }

    @Override
    protected ChatResult generate(Duration queueTime) {
        try {
            return stream(queueTime);
        } catch (IOException e) {
            if (isCancelled()) {
                return empty(FinishReason.CANCELLED, queueTime);
            }
            throw new EngineUnavailableException("the remote inference pool did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EngineUnavailableException("interrupted", e);
        }
    }

    private ChatResult stream(Duration queueTime) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            String text;
            try (InputStream error = response.body()) {
                text = new String(error.readNBytes(4096), StandardCharsets.UTF_8);
            }
            throw RemoteErrors.fromStatus(response.statusCode(), text, response.headers(), promptTokens(),
                    contextTokens);
        }
        body = response.body();
        StringBuilder text = new StringBuilder();
        int pieces = 0;
        long first = 0;
        long last = 0;
        FinishReason reason = null;
        int completionTokens = -1;
        int promptTokens = promptTokens();
        boolean done = false;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.startsWith("data:")) {
                    continue;
                }
                String data = line.substring(5).trim();
                if (data.equals("[DONE]")) {
                    done = true;
                    break;
                }
                JsonNode chunk = JSON.readTree(data);
                if (chunk.has("error")) {
                    throw new InferenceException("the remote pool failed: " + chunk.path("error").path("message").asText());
                }
                JsonNode usage = chunk.path("usage");
                if (usage.has("completion_tokens")) {
                    completionTokens = usage.get("completion_tokens").asInt();
                    promptTokens = usage.path("prompt_tokens").asInt(promptTokens);
                }
                JsonNode choice = chunk.path("choices").path(0);
                String content = choice.path("delta").path("content").asText("");
                if (!content.isEmpty()) {
                    long now = System.nanoTime();
                    first = first == 0 ? now : first;
                    last = now;
                    pieces++;
                    text.append(content);
                    if (!deliver(content)) {
                        markCancelled();
                        return partial(text.toString(), pieces, FinishReason.CANCELLED, queueTime, start, first, last);
                    }
                }
                String finish = choice.path("finish_reason").asText("");
                if (!finish.isEmpty() && !finish.equals("null")) {
                    reason = finish.equals("length") ? FinishReason.LENGTH : FinishReason.STOP;
                }
            }
        }
        if (isCancelled()) {
            return partial(text.toString(), pieces, FinishReason.CANCELLED, queueTime, start, first, last);
        }
        if (!done && reason == null) {
            // Some servers answer 200 and then drop the stream when the prompt does not fit.
            throw new InferenceException("the remote pool ended the stream before finishing the answer"
                    + (pieces == 0 ? " (nothing was generated; the prompt may be too long for it)" : ""));
        }
        int tokens = completionTokens >= 0 ? completionTokens : pieces;
        FinishReason finishReason = reason != null ? reason : tokens >= maxTokens ? FinishReason.LENGTH : FinishReason.STOP;
        return new ChatResult(text.toString(), finishReason, promptTokens, tokens, queueTime,
                Duration.ofNanos(first == 0 ? 0 : first - start), Duration.ofNanos(first == 0 ? 0 : last - first),
                modelId(), Optional.empty());
    }

    private ChatResult partial(String text, int tokens, FinishReason reason, Duration queueTime, long start, long first,
                               long last) {
        return new ChatResult(text, reason, promptTokens(), tokens, queueTime,
                Duration.ofNanos(first == 0 ? 0 : first - start), Duration.ofNanos(first == 0 ? 0 : last - first),
                modelId(), Optional.empty());
    }
}
