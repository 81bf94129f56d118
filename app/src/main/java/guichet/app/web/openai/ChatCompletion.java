package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.app.ask.api.AnswerView;

import java.util.List;

/**
 * OpenAI's chat completion response, with the answer's grounding in the extra top-level field
 * {@code guichet}.
 */
public record ChatCompletion(String id, String object, long created, String model, List<Choice> choices, Usage usage,
                             Grounding guichet) {

    public static final String OBJECT = "chat.completion";

    /** The one answer. */
    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason,
                         Object logprobs) {
    }

    /** The assistant's message. */
    public record Message(String role, String content, String refusal) {
    }

    /** Model tokens read and written for the answer (over every stage that used the model). */
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens,
                        @JsonProperty("completion_tokens") int completionTokens,
                        @JsonProperty("total_tokens") int totalTokens) {
    }

    /**
     * How the answer stands on official guidance.
     *
     * @param status answered, clarification, unanswerable, refused, crisis_signposted, guardrail or error
     * @param sources the sections cited, each a link to the exact section
     * @param conversationId send it back as {@code conversation_id} to continue the conversation
     * @param messageId the answer's id
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Grounding(String status, String language, List<AnswerView.Source> sources,
                            @JsonProperty("conversation_id") String conversationId,
                            @JsonProperty("message_id") String messageId) {
    }

    /** One event of a streamed completion. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices, Grounding guichet) {

        public static final String OBJECT = "chat.completion.chunk";
    }

    /** The part of the answer in a chunk. */
    public record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason, Object logprobs) {
    }

    /** New text, and the role in the first chunk. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(String role, String content) {
    }
}
