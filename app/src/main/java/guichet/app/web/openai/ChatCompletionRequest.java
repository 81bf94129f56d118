package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import guichet.inference.ChatRequest;
import guichet.inference.InvalidRequestException;
import guichet.inference.ResponseFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * OpenAI's chat completion request. Guichet's own additions are optional; parameters OpenAI has and
 * Guichet does not take are ignored, as OpenAI ignores unknown ones, unless ignoring them would
 * silently change the answer (then the request is refused, naming the parameter).
 *
 * @param model {@value ServedModels#ASSISTANT} (the grounded assistant) or a chat model's id, served raw
 *              (see {@code GET /v1/models})
 * @param messages the conversation; for the assistant the last one is the question and must be the
 *                 user's, and system messages are ignored: the assistant's instructions are Guichet's own
 * @param stream stream the answer as server-sent events
 * @param conversationId Guichet: continue a conversation this client holds (its stored history is
 *                       used, and earlier {@code messages} are ignored)
 * @param language Guichet: the default reply language, "en" or "fr"
 * @param grounded Guichet: overrides what the model id chooses: true sends the question through the
 *                 assistant whatever the model, false sends the messages to the chat model as they are
 * @param temperature raw only: 0 to 2 (default 1); the assistant composes greedily
 * @param topP raw only: nucleus sampling mass (default 1)
 * @param maxTokens raw only: most tokens to write ({@code max_completion_tokens} too)
 * @param seed raw only: random seed
 * @param stop raw only: a stop string or a list of them
 * @param n raw only: how many choices (default 1)
 * @param logprobs token log probabilities (not available yet: refused rather than ignored)
 * @param topLogprobs with {@code logprobs}
 * @param responseFormat raw only: {@code text}, {@code json_object} or {@code json_schema}, enforced by the engine
 * @param streamOptions {@code include_usage}: a last chunk with the usage
 * @param presencePenalty raw only: -2 to 2
 * @param frequencyPenalty raw only: -2 to 2
 * @param user the end user's id, for the client's own abuse tracking (not stored)
 * @param tools raw only: functions the model may call ({@link ToolCalling})
 * @param toolChoice none, auto (default with tools), required, or a named function
 * @param parallelToolCalls several calls in one answer (default true)
 */
public record ChatCompletionRequest(@NotBlank String model,
                                    @NotEmpty @Size(max = 200) List<@Valid @NotNull Message> messages,
                                    Boolean stream,
                                    @JsonProperty("conversation_id") String conversationId,
                                    @Pattern(regexp = "en|fr", message = "must be \"en\" or \"fr\"") String language,
                                    Boolean grounded,
                                    @DecimalMin("0") @DecimalMax("2") Double temperature,
                                    @JsonProperty("top_p") @DecimalMin(value = "0", inclusive = false) @DecimalMax("1") Double topP,
                                    @JsonProperty("max_tokens") @Min(1) Integer maxTokens,
                                    @JsonProperty("max_completion_tokens") @Min(1) Integer maxCompletionTokens,
                                    @Min(0) @Max(4294967295L) Long seed,
                                    JsonNode stop,
                                    @Min(1) @Max(MAX_CHOICES) Integer n,
                                    Boolean logprobs,
                                    @JsonProperty("top_logprobs") @Min(0) @Max(20) Integer topLogprobs,
                                    @JsonProperty("response_format") JsonNode responseFormat,
                                    @JsonProperty("stream_options") JsonNode streamOptions,
                                    @JsonProperty("presence_penalty") @DecimalMin("-2") @DecimalMax("2") Double presencePenalty,
                                    @JsonProperty("frequency_penalty") @DecimalMin("-2") @DecimalMax("2") Double frequencyPenalty,
                                    @Size(max = 256) String user,
                                    JsonNode tools,
                                    @JsonProperty("tool_choice") JsonNode toolChoice,
                                    @JsonProperty("parallel_tool_calls") Boolean parallelToolCalls) {

    /** Most choices one request may ask for: each is a full generation on a shared engine. */
    public static final int MAX_CHOICES = 8;

    /**
     * One message; {@code content} is a string or a list of parts, of which the text parts are read. An
     * assistant message may carry the {@code tool_calls} it made; a {@code tool} message answers one by
     * its {@code tool_call_id}.
     */
    public record Message(@NotBlank String role, JsonNode content, @JsonProperty("tool_calls") JsonNode toolCalls,
                          @JsonProperty("tool_call_id") String toolCallId) {

        /** The text of the message. */
        public String text() {
            if (content == null || content.isNull()) {
                return "";
            }
            if (content.isTextual()) {
                return content.asText();
            }
            StringBuilder text = new StringBuilder();
            if (content.isArray()) {
                for (JsonNode part : content) {
                    String type = part.path("type").asText();
                    if (!"text".equals(type) && !"input_text".equals(type) && !"output_text".equals(type)) {
                        // an image or a sound left out would change the question without a word
                        throw new InvalidRequestException("the models here read text only, not " + type
                                + " parts", "messages");
                    }
                    if (part.path("text").isTextual()) {
                        if (!text.isEmpty()) {
                            text.append('\n');
                        }
                        text.append(part.path("text").asText());
                    }
                }
            }
            return text.toString();
        }
    }

    public boolean streamed() {
        return Boolean.TRUE.equals(stream);
    }

    /** Through the grounded assistant: the model {@value ServedModels#ASSISTANT}, unless {@code grounded} says otherwise. */
    public boolean isGrounded() {
        return grounded != null ? grounded : ServedModels.ASSISTANT.equals(model);
    }

    /** How many choices were asked for. */
    public int choices() {
        return n == null ? 1 : n;
    }

    /** A last chunk with the usage was asked for ({@code stream_options.include_usage}). */
    public boolean includeUsage() {
        return streamOptions != null && streamOptions.path("include_usage").asBoolean(false);
    }

    /** The penalties asked for (none by default). */
    public ChatRequest.Penalties penalties() {
        return new ChatRequest.Penalties(presencePenalty == null ? 0 : presencePenalty,
                frequencyPenalty == null ? 0 : frequencyPenalty);
    }

    /** Tools the model may call: none, or {@code tool_choice} "none". */
    public boolean offersTools() {
        boolean any = tools != null && tools.isArray() && !tools.isEmpty();
        return any && !(toolChoice != null && "none".equals(toolChoice.asText()));
    }

    /**
     * The output shape asked for in {@code response_format}.
     *
     * @throws InvalidRequestException for an unknown type or a {@code json_schema} without its schema
     */
    public ResponseFormat format() {
        if (responseFormat == null || responseFormat.isNull()) {
            return ResponseFormat.TEXT;
        }
        String type = responseFormat.path("type").asText("");
        return switch (type) {
            case "text" -> ResponseFormat.TEXT;
            case "json_object" -> new ResponseFormat.JsonSchema(JsonNodeFactory.instance.objectNode().put("type", "object"));
            case "json_schema" -> {
                JsonNode schema = responseFormat.path("json_schema").path("schema");
                if (!schema.isObject()) {
                    throw new InvalidRequestException("response_format json_schema needs json_schema.schema, a JSON "
                            + "Schema object", "response_format");
                }
                yield new ResponseFormat.JsonSchema(schema);
            }
            default -> throw new InvalidRequestException("response_format type must be text, json_object or json_schema, "
                    + "not '" + type + "'", "response_format");
        };
    }

    /** The token budget asked for, if any. */
    public Integer tokenBudget() {
        return maxCompletionTokens != null ? maxCompletionTokens : maxTokens;
    }

    /** The stop strings asked for. */
    public List<String> stopStrings() {
        if (stop == null || stop.isNull()) {
            return List.of();
        }
        if (stop.isTextual()) {
            return List.of(stop.asText());
        }
        List<String> strings = new java.util.ArrayList<>();
        stop.forEach(item -> strings.add(item.asText()));
        return strings;
    }
}
