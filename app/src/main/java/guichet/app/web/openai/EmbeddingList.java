package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.List;

/** OpenAI's embeddings response. */
public record EmbeddingList(String object, List<Embedding> data, String model, Usage usage) {

    /**
     * One vector.
     *
     * @param embedding a list of floats, or a base64 string of little-endian float32s
     */
    public record Embedding(String object, int index, Object embedding) {
    }

    /** Input size, estimated in words (the engine does not report tokens). */
    public record Usage(@JsonProperty("prompt_tokens") int promptTokens, @JsonProperty("total_tokens") int totalTokens) {
    }
}
