package guichet.inference.remote;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.inference.ChatMessage;
import guichet.inference.ChatRequest;
import guichet.inference.InvalidRequestException;
import guichet.inference.ResponseFormat;

/** The OpenAI chat-completions request body for a {@link ChatRequest}. */
final class ChatCompletionJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ChatCompletionJson() {
    }

    static String body(String model, ChatRequest request, int maxTokens, StructuredOutputStyle style) {
        ObjectNode root = JSON.createObjectNode();
        root.put("model", model);
        ArrayNode messages = root.putArray("messages");
        for (ChatMessage message : request.messages()) {
            messages.addObject().put("role", message.role().wireName()).put("content", message.content());
        }
        root.put("stream", true);
        root.putObject("stream_options").put("include_usage", true);
        root.put("max_tokens", maxTokens);
        root.put("temperature", request.sampling().temperature());
        root.put("top_p", request.sampling().topP());
        root.put("seed", request.sampling().seed());
        if (!request.penalties().equals(ChatRequest.Penalties.NONE)) {
            root.put("presence_penalty", request.penalties().presence());
            root.put("frequency_penalty", request.penalties().frequency());
        }
        if (!request.stop().isEmpty()) {
            ArrayNode stop = root.putArray("stop");
            request.stop().forEach(stop::add);
        }
        switch (request.format()) {
            case ResponseFormat.JsonSchema schema -> {
                ObjectNode format = root.putObject("response_format");
                if (style == StructuredOutputStyle.JSON_OBJECT_WITH_SCHEMA) {
                    format.put("type", "json_object");
                    format.set("schema", schema.schema());
                } else {
                    format.put("type", "json_schema");
                    ObjectNode spec = format.putObject("json_schema");
                    spec.put("name", "response");
                    spec.put("strict", true);
                    spec.set("schema", schema.schema());
                }
            }
            case ResponseFormat.Grammar grammar ->
                    throw new InvalidRequestException("a remote OpenAI-compatible pool does not take GBNF grammars; "
                            + "use a JSON schema");
            case ResponseFormat.Text text -> {
            }
        }
        return root.toString();
    }
}
