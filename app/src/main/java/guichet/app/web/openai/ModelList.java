package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** OpenAI's model list. */
public record ModelList(String object, List<Model> data) {

    /** A model served here, with what it does in {@code guichet}. */
    public record Model(String id, String object, long created, @JsonProperty("owned_by") String ownedBy,
                        Capabilities guichet) {
    }

    /**
     * What a model id gives through this API.
     *
     * @param kind {@code assistant} (grounded answers with sources), {@code chat} (the model raw) or {@code embeddings}
     * @param responseFormats the {@code response_format} types it takes
     * @param toolCalls how function calls are made: {@code grammar} (constrained to the declared schemas), or none
     */
    public record Capabilities(String kind, @JsonProperty("response_formats") List<String> responseFormats,
                               @JsonProperty("tool_calls") String toolCalls) {
    }
}
