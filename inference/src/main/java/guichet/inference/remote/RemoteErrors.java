package guichet.inference.remote;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.EngineUnavailableException;
import guichet.inference.InferenceException;
import guichet.inference.InvalidRequestException;
import guichet.inference.OverloadedException;
import guichet.inference.PromptTooLongException;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.util.Locale;

/** Maps a remote pool's HTTP errors to the same typed exceptions the in-process engine throws. */
final class RemoteErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RemoteErrors() {
    }

    static InferenceException fromStatus(int status, String body, HttpHeaders headers, int promptTokens,
                                         int contextTokens) {
        String message = message(body);
        return switch (status) {
            case 400, 404, 422 -> isContextOverflow(body, message)
                    ? new PromptTooLongException(promptTokens, contextTokens)
                    : new InvalidRequestException("the remote pool refused the request: " + message);
            case 401, 403 -> new EngineUnavailableException("the remote pool refused Guichet's credentials (HTTP "
                    + status + ")");
            case 429, 503 -> new OverloadedException("the remote pool is busy (HTTP " + status + ")",
                    retryAfter(headers));
            default -> new EngineUnavailableException("the remote pool failed with HTTP " + status + ": " + message);
        };
    }

    private static boolean isContextOverflow(String body, String message) {
        String text = (body + " " + message).toLowerCase(Locale.ROOT);
        return text.contains("context_length_exceeded") || text.contains("context length")
                || text.contains("exceeds the available context");
    }

    private static Duration retryAfter(HttpHeaders headers) {
        return headers.firstValue("Retry-After").flatMap(value -> {
            try {
                return java.util.Optional.of(Duration.ofSeconds(Math.max(1, Long.parseLong(value.trim()))));
            } catch (NumberFormatException e) {
                return java.util.Optional.empty();
            }
        }).orElse(Duration.ofSeconds(5));
    }

    private static String message(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            JsonNode error = node.path("error");
            if (error.isTextual()) {
                return error.asText();
            }
            if (error.has("message")) {
                return error.get("message").asText();
            }
            if (node.has("detail")) {
                return node.get("detail").toString();
            }
        } catch (Exception notJson) {
            // fall through to the raw text
        }
        return body.length() > 300 ? body.substring(0, 300) : body;
    }
}
