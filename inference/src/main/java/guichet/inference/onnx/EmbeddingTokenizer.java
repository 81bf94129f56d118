package guichet.inference.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.inference.ModelFileException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Turns text into padded token batches with the model's own tokenizer.json (HuggingFace tokenizers). */
final class EmbeddingTokenizer implements AutoCloseable {

    private static final Set<String> PAD_TOKENS = Set.of("<pad>", "[PAD]", "<|pad|>");

    private final HuggingFaceTokenizer tokenizer;
    private final long padId;

    private EmbeddingTokenizer(HuggingFaceTokenizer tokenizer, long padId) {
        this.tokenizer = tokenizer;
        this.padId = padId;
    }

    static EmbeddingTokenizer load(Path tokenizerJson, int maxTokens) {
        if (!Files.isRegularFile(tokenizerJson)) {
            throw new ModelFileException(tokenizerJson, ModelFileException.Problem.MISSING, null);
        }
        NativeCaches.configureDjl();
        long padId = padId(tokenizerJson);
        return new EmbeddingTokenizer(build(tokenizerJson, maxTokens), padId);
    }

    private static HuggingFaceTokenizer build(Path tokenizerJson, int maxTokens) {
        try {
            return HuggingFaceTokenizer.builder()
                    .optTokenizerPath(tokenizerJson)
                    .optMaxLength(maxTokens)
                    .optTruncation(true)
                    .optPadding(false)
                    .optAddSpecialTokens(true)
                    .build();
        } catch (IOException | RuntimeException e) {
            throw new ModelFileException(tokenizerJson, ModelFileException.Problem.WRONG_FORMAT,
                    "not a tokenizer.json the tokenizers library can read (" + e.getMessage() + ")");
        }
    }

    /** Encodes texts and pads them to the longest; padded positions are masked out. */
    TokenBatch encode(List<String> texts) {
        Encoding[] encodings = tokenizer.batchEncode(texts);
        int longest = 0;
        for (Encoding encoding : encodings) {
            longest = Math.max(longest, encoding.getIds().length);
        }
        long[][] ids = new long[encodings.length][longest];
        long[][] mask = new long[encodings.length][longest];
        for (int i = 0; i < encodings.length; i++) {
            long[] tokens = encodings[i].getIds();
            long[] attention = encodings[i].getAttentionMask();
            java.util.Arrays.fill(ids[i], padId);
            System.arraycopy(tokens, 0, ids[i], 0, tokens.length);
            System.arraycopy(attention, 0, mask[i], 0, attention.length);
        }
        return new TokenBatch(ids, mask);
    }

    /** Number of tokens in a text, special tokens included. */
    int count(String text) {
        return tokenizer.encode(text).getIds().length;
    }

    private static long padId(Path tokenizerJson) {
        try {
            JsonNode root = new ObjectMapper().readTree(tokenizerJson.toFile());
            JsonNode padding = root.path("padding");
            if (padding.has("pad_id")) {
                return padding.get("pad_id").asLong();
            }
            for (JsonNode token : root.path("added_tokens")) {
                if (PAD_TOKENS.contains(token.path("content").asText())) {
                    return token.path("id").asLong();
                }
            }
            return 0;
        } catch (IOException e) {
            throw new ModelFileException(tokenizerJson, ModelFileException.Problem.WRONG_FORMAT,
                    "not valid JSON (" + e.getMessage() + ")");
        }
    }

    @Override
    public void close() {
        tokenizer.close();
    }
}
