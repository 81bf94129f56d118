package guichet.app.web.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * OpenAI's embeddings request.
 *
 * @param input a string or a list of strings (token arrays are not accepted)
 * @param model the embedding model's id (see {@code GET /v1/models})
 * @param encodingFormat "float" (default) or "base64" (little-endian float32, what OpenAI clients ask for)
 * @param dimensions if given, must be the model's own
 * @param inputType Guichet: "query" (default; also right for similarity) or "passage" (documents to
 *                  be searched), for models that embed the two differently (E5)
 */
public record EmbeddingRequest(@NotNull JsonNode input, @NotBlank String model,
                               @JsonProperty("encoding_format") @Pattern(regexp = "float|base64", message = "must be float or base64") String encodingFormat,
                               Integer dimensions,
                               @JsonProperty("input_type") @Pattern(regexp = "query|passage", message = "must be query or passage") String inputType) {
}
