package guichet.inference.llamacpp;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.inference.ChatMessage;
import guichet.inference.ChatRequest;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;

import java.util.List;

/** Builds the JSON the bundled llama.cpp server code takes for templating and for a completion task. */
final class CompletionRequestJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CompletionRequestJson() {
    }

    /** {"messages":[...]} for applying the model's chat template. */
    static String messages(List<ChatMessage> messages) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode array = root.putArray("messages");
        for (ChatMessage message : messages) {
            array.addObject().put("role", message.role().wireName()).put("content", message.content());
        }
        return root.toString();
    }

    /** A streamed completion task over an already templated prompt. */
    static String completion(String prompt, Sampling sampling, int maxTokens, List<String> stop,
                             ResponseFormat format, ChatRequest.Penalties penalties) {
        ObjectNode root = JSON.createObjectNode();
        root.put("prompt", prompt);
        root.put("n_predict", maxTokens);
        root.put("temperature", sampling.temperature());
        root.put("top_p", sampling.topP());
        root.put("seed", sampling.seed());
        if (!penalties.equals(ChatRequest.Penalties.NONE)) {
            root.put("presence_penalty", penalties.presence());
            root.put("frequency_penalty", penalties.frequency());
        }
        root.put("stream", true);
        // Reuse the KV cache of the slot's previous prompt: a shared system prompt is evaluated once.
        root.put("cache_prompt", true);
        ArrayNode stops = root.putArray("stop");
        stop.forEach(stops::add);
        switch (format) {
            case ResponseFormat.JsonSchema schema -> root.set("json_schema", schema.schema());
            case ResponseFormat.Grammar grammar -> root.put("grammar", grammar.gbnf());
            case ResponseFormat.Text text -> {
            }
        }
        return root.toString();
    }
}
