package guichet.inference.gguf;

import java.util.Map;
import java.util.Optional;

/**
 * The header of a GGUF file: its key-value metadata and a summary of its tensors.
 *
 * @param version GGUF format version
 * @param values scalar and string metadata; arrays are summarised as {@link ArraySummary}
 * @param tensorCount number of tensors
 * @param parameterCount total elements over all tensors
 * @param dataBytes bytes the tensor data needs after the header
 */
public record GgufMetadata(int version, Map<String, Object> values, long tensorCount, long parameterCount,
                           long dataBytes) {

    /** An array value, kept as its element type and length only (vocabularies are large). */
    public record ArraySummary(int elementType, long length) {
    }

    /** A string value, if present. */
    public Optional<String> string(String key) {
        return values.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A numeric value, if present. */
    public Optional<Long> number(String key) {
        return values.get(key) instanceof Number n ? Optional.of(n.longValue()) : Optional.empty();
    }

    /** The model architecture, e.g. "llama". */
    public String architecture() {
        return string("general.architecture").orElse("unknown");
    }

    /** The model's own name. */
    public String name() {
        return string("general.name").orElse("");
    }

    /** Context length the model was trained with, 0 when not recorded. */
    public int trainedContextLength() {
        return number(architecture() + ".context_length").map(Long::intValue).orElse(0);
    }

    /** The chat template (Jinja source) stored with the model, empty when there is none. */
    public String chatTemplate() {
        return string("tokenizer.chat_template").orElse("");
    }

    /** The weight format, e.g. "Q4_1", from general.file_type. */
    public String quantization() {
        return number("general.file_type").map(t -> FileTypes.name(t.intValue())).orElse("unknown");
    }
}
