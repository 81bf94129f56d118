package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

/**
 * OpenAI's response object ({@code POST /v1/responses}), as far as Guichet fills it; the grounded
 * assistant's sources are both {@code url_citation} annotations and the extra field {@code guichet}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResponseObject(String id, String object, @JsonProperty("created_at") long createdAt, String status,
                             Object error, @JsonProperty("incomplete_details") IncompleteDetails incompleteDetails,
                             String instructions, @JsonProperty("max_output_tokens") Integer maxOutputTokens,
                             JsonNode metadata, String model, List<Object> output,
                             @JsonProperty("parallel_tool_calls") boolean parallelToolCalls, Double temperature,
                             @JsonProperty("tool_choice") JsonNode toolChoice, JsonNode tools,
                             @JsonProperty("top_p") Double topP, Text text, Usage usage,
                             @JsonInclude(JsonInclude.Include.NON_NULL) ChatCompletion.Grounding guichet) {

    public static final String OBJECT = "response";

    /** Why a response stopped before its end. */
    public record IncompleteDetails(String reason) {
    }

    /** The output format the response was asked for. */
    public record Text(JsonNode format) {
    }

    /** Tokens read and written. */
    public record Usage(@JsonProperty("input_tokens") int inputTokens,
                        @JsonProperty("input_tokens_details") Map<String, Integer> inputTokensDetails,
                        @JsonProperty("output_tokens") int outputTokens,
                        @JsonProperty("output_tokens_details") Map<String, Integer> outputTokensDetails,
                        @JsonProperty("total_tokens") int totalTokens) {

        static Usage of(int input, int output) {
            return new Usage(input, Map.of("cached_tokens", 0, "cache_write_tokens", 0), output, Map.of("reasoning_tokens", 0), input + output);
        }
    }

    /** An assistant message in the output. */
    public record Message(String type, String id, String status, String role, List<OutputText> content) {

        static Message of(String id, String status, List<OutputText> content) {
            return new Message("message", id, status, "assistant", content);
        }
    }

    /** Text in a message, with its citations. */
    public record OutputText(String type, String text, List<Citation> annotations, List<Object> logprobs) {

        static OutputText of(String text, List<Citation> annotations) {
            return new OutputText("output_text", text, annotations, List.of());
        }
    }

    /** A source the text cites. */
    public record Citation(String type, @JsonProperty("start_index") int startIndex,
                           @JsonProperty("end_index") int endIndex, String url, String title) {
    }

    /** A call of a function the client declared. */
    public record FunctionCall(String type, String id, @JsonProperty("call_id") String callId, String name,
                               String arguments, String status) {
    }
}
