package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
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
 * OpenAI's chat completion request, as far as Guichet uses it. Sampling settings are ignored:
 * grounded answers are composed greedily. Guichet's own additions are optional.
 *
 * @param model "guichet" or the chat model's id (see {@code GET /v1/models})
 * @param messages the conversation; the last one is the question and must be the user's. System
 *                 messages are ignored: the assistant's instructions are Guichet's own.
 * @param stream stream the answer as server-sent events
 * @param conversationId Guichet: continue a conversation this client holds (its stored history is
 *                       used, and earlier {@code messages} are ignored)
 * @param language Guichet: the default reply language, "en" or "fr"
 * @param grounded Guichet: false sends the messages to the chat model as they are, without the
 *                 knowledge base, the checks or storage (when {@code guichet.api.allow-ungrounded});
 *                 the sampling settings below apply only then
 * @param temperature ungrounded only: 0 to 2 (default 1)
 * @param topP ungrounded only: nucleus sampling mass (default 1)
 * @param maxTokens ungrounded only: most tokens to write ({@code max_completion_tokens} too)
 * @param seed ungrounded only: random seed
 * @param stop ungrounded only: a stop string or a list of them
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
                                    JsonNode stop) {

    /**
     * One message; {@code content} is a string or a list of parts, of which the text parts are read.
     */
    public record Message(@NotBlank String role, JsonNode content) {

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
                    if ("text".equals(part.path("type").asText()) && part.path("text").isTextual()) {
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

    /** Grounded in the knowledge base: the default. */
    public boolean isGrounded() {
        return !Boolean.FALSE.equals(grounded);
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
