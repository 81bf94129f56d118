package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.inference.InvalidRequestException;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import java.util.ArrayList;
import java.util.List;

/**
 * OpenAI's Responses API request ({@code POST /v1/responses}), read as the chat completion it amounts to:
 * {@code instructions} and {@code input} become the messages, {@code text.format} the response format,
 * the flat function tools the chat API's tools. Responses are not stored: {@code previous_response_id}
 * is refused; send the earlier turns in {@code input}.
 *
 * @param input a string, or a list of messages, {@code function_call} and {@code function_call_output} items
 */
public record ResponsesRequest(@NotBlank String model,
                               @NotNull JsonNode input,
                               String instructions,
                               Boolean stream,
                               JsonNode text,
                               JsonNode tools,
                               @JsonProperty("tool_choice") JsonNode toolChoice,
                               @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls,
                               @JsonProperty("max_output_tokens") @Min(1) Integer maxOutputTokens,
                               @DecimalMin("0") @DecimalMax("2") Double temperature,
                               @JsonProperty("top_p") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double topP,
                               @JsonProperty("previous_response_id") String previousResponseId,
                               JsonNode metadata,
                               String user,
                               @Pattern(regexp = "en|fr", message = "must be \"en\" or \"fr\"") String language,
                               Boolean grounded) {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    public boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** The same request as a chat completion, which the rest of the API knows how to serve. */
    ChatCompletionRequest asChatCompletion() {
        if (previousResponseId != null && !previousResponseId.isBlank()) {
            throw new InvalidRequestException("responses are not stored here: send the earlier turns in input instead "
                    + "of previous_response_id", "previous_response_id");
        }
        List<ChatCompletionRequest.Message> messages = new ArrayList<>();
        if (instructions != null && !instructions.isBlank()) {
            messages.add(message("system", NODES.textNode(instructions), null, null));
        }
        if (input.isTextual()) {
            messages.add(message("user", input, null, null));
        } else if (input.isArray()) {
            for (JsonNode item : input) {
                add(messages, item);
            }
        } else {
            throw new InvalidRequestException("input must be a string or a list of items", "input");
        }
        if (messages.isEmpty()) {
            throw new InvalidRequestException("input holds no message", "input");
        }
        return new ChatCompletionRequest(model, messages, stream, null, language, grounded, temperature, topP,
                maxOutputTokens, null, null, null, null, null, null, responseFormat(), null, null, null, user,
                chatTools(), chatToolChoice(), parallelToolCalls);
    }

    private static void add(List<ChatCompletionRequest.Message> messages, JsonNode item) {
        String type = item.path("type").asText("message");
        switch (type) {
            case "message" -> {
                String role = item.path("role").asText("");
                if (!List.of("user", "system", "developer", "assistant").contains(role)) {
                    throw new InvalidRequestException("a message in input needs a role: user, system, developer or "
                            + "assistant", "input");
                }
                messages.add(message(role, text(item.path("content")), null, null));
            }
            case "function_call" -> {
                ObjectNode call = NODES.objectNode().put("id", item.path("call_id").asText()).put("type", "function");
                call.putObject("function").put("name", item.path("name").asText())
                        .put("arguments", item.path("arguments").asText("{}"));
                ChatCompletionRequest.Message last = messages.isEmpty() ? null : messages.getLast();
                if (last != null && "assistant".equals(last.role()) && last.toolCalls() instanceof ArrayNode calls) {
                    calls.add(call);
                } else {
                    messages.add(message("assistant", null, NODES.arrayNode().add(call), null));
                }
            }
            case "function_call_output" -> messages.add(message("tool", NODES.textNode(item.path("output").asText()),
                    null, item.path("call_id").asText()));
            default -> throw new InvalidRequestException("input items of type " + type + " are not supported", "input");
        }
    }

    private static ChatCompletionRequest.Message message(String role, JsonNode content, JsonNode toolCalls, String callId) {
        return new ChatCompletionRequest.Message(role, content, toolCalls, callId);
    }

    /** Content as the chat API reads it: a string, or its text parts ({@code input_text}, {@code output_text}). */
    private static JsonNode text(JsonNode content) {
        if (!content.isArray()) {
            return content;
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode part : content) {
            if (part.path("text").isTextual()) {
                text.append(text.isEmpty() ? "" : "\n").append(part.path("text").asText());
            }
        }
        return NODES.textNode(text.toString());
    }

    /** {@code text.format} as the chat API's {@code response_format}. */
    private JsonNode responseFormat() {
        JsonNode format = text == null ? null : text.path("format");
        if (format == null || format.isMissingNode() || format.isNull()) {
            return null;
        }
        String type = format.path("type").asText("");
        if (!"json_schema".equals(type)) {
            return NODES.objectNode().put("type", type);
        }
        ObjectNode chat = NODES.objectNode().put("type", "json_schema");
        ObjectNode spec = chat.putObject("json_schema");
        spec.put("name", format.path("name").asText("response"));
        spec.set("schema", format.path("schema"));
        spec.put("strict", format.path("strict").asBoolean(false));
        return chat;
    }

    /** The flat tools of the Responses API as the chat API's. */
    private JsonNode chatTools() {
        if (tools == null || !tools.isArray()) {
            return tools;
        }
        ArrayNode chat = NODES.arrayNode();
        for (JsonNode tool : tools) {
            if (!"function".equals(tool.path("type").asText())) {
                throw new InvalidRequestException("only function tools are available here, not "
                        + tool.path("type").asText(), "tools");
            }
            ObjectNode function = chat.addObject().put("type", "function").putObject("function");
            function.put("name", tool.path("name").asText());
            function.put("description", tool.path("description").asText(""));
            if (tool.has("parameters")) {
                function.set("parameters", tool.get("parameters"));
            }
        }
        return chat;
    }

    private JsonNode chatToolChoice() {
        if (toolChoice != null && toolChoice.isObject() && "function".equals(toolChoice.path("type").asText())) {
            ObjectNode chat = NODES.objectNode().put("type", "function");
            chat.putObject("function").put("name", toolChoice.path("name").asText());
            return chat;
        }
        return toolChoice;
    }
}
