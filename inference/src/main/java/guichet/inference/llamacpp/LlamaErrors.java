package guichet.inference.llamacpp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.InferenceException;
import guichet.inference.InvalidRequestException;

/** Turns the binding's error texts (often llama.cpp server JSON) into typed exceptions. */
final class LlamaErrors {

    private static final ObjectMapper JSON = new ObjectMapper();

    private LlamaErrors() {
    }

    /** The readable sentence inside an engine error. */
    static String message(Exception e) {
        JsonNode node = parse(e);
        if (node != null && node.hasNonNull("message")) {
            return node.get("message").asText().replace('\n', ' ');
        }
        return raw(e).replace('\n', ' ');
    }

    /** A request the engine refused as invalid becomes {@link InvalidRequestException}. */
    static InferenceException toException(Exception e) {
        JsonNode node = parse(e);
        if (node != null && "invalid_request_error".equals(node.path("type").asText())) {
            return new InvalidRequestException("llama.cpp refused the request: " + message(e));
        }
        return new InferenceException("llama.cpp failed: " + message(e));
    }

    private static JsonNode parse(Exception e) {
        String raw = raw(e);
        if (!raw.startsWith("{")) {
            return null;
        }
        try {
            return JSON.readTree(raw);
        } catch (Exception notJson) {
            return null;
        }
    }

    private static String raw(Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
