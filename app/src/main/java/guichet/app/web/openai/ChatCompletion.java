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

    /** One of the answers asked for. */
    public record Choice(int index, Message message, @JsonProperty("finish_reason") String finishReason,
                         Object logprobs) {
    }

    /** The assistant's message: its text, or the functions it calls. */
    public record Message(String role, String content, String refusal,
                          @JsonProperty("tool_calls") @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ToolCall> toolCalls) {

        public Message(String role, String content, String refusal) {
            this(role, content, refusal, List.of());
        }
    }

    /** A call of a function the client declared; {@code arguments} is JSON text, as OpenAI sends it. */
    public record ToolCall(String id, String type, Function function) {

        static ToolCall of(ToolCalling.Call call) {
            return new ToolCall(call.id(), "function", new Function(call.name(), call.arguments()));
        }
    }

    /** The function called and its arguments. */
    public record Function(String name, String arguments) {
    }

    /** A call in a stream: the whole call in one delta, with its position in the list. */
    public record ToolCallDelta(int index, String id, String type, Function function) {
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

    /**
     * One event of a streamed completion; the last one, when the client asked for
     * {@code stream_options.include_usage}, has no choices and the usage.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Chunk(String id, String object, long created, String model, List<ChunkChoice> choices, Grounding guichet,
                        Usage usage) {

        public static final String OBJECT = "chat.completion.chunk";

        public Chunk(String id, String object, long created, String model, List<ChunkChoice> choices, Grounding guichet) {
            this(id, object, created, model, choices, guichet, null);
        }

        /** The usage chunk that ends a stream. */
        public static Chunk usage(String id, long created, String model, Usage usage) {
            return new Chunk(id, OBJECT, created, model, List.of(), null, usage);
        }
    }

    /** The part of the answer in a chunk. */
    public record ChunkChoice(int index, Delta delta, @JsonProperty("finish_reason") String finishReason, Object logprobs) {
    }

    /** New text, and the role in the first chunk; or the calls the answer makes. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Delta(String role, String content, @JsonProperty("tool_calls") List<ToolCallDelta> toolCalls) {

        public Delta(String role, String content) {
            this(role, content, null);
        }
    }
}
