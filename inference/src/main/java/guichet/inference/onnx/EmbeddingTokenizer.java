package guichet.inference.onnx;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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

    private static final ObjectMapper JSON = new ObjectMapper();
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

    /**
     * The padding id: {@code padding.pad_id}, else the id of the added token named like a pad token, else 0.
     * Read as a stream that stops once both fields are seen: they come before the vocabulary, which is
     * most of a 17 MB file (the tokenizers library reads the whole file anyway, and says when it is broken).
     */
    private static long padId(Path tokenizerJson) {
        try (JsonParser parser = JSON.getFactory().createParser(tokenizerJson.toFile())) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new ModelFileException(tokenizerJson, ModelFileException.Problem.WRONG_FORMAT, "not a JSON object");
            }
            Long padding = null;
            Long added = null;
            boolean paddingSeen = false;
            boolean addedSeen = false;
            while (!(paddingSeen && addedSeen) && parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                switch (field) {
                    case "padding" -> {
                        JsonNode node = JSON.readTree(parser);
                        padding = node != null && node.has("pad_id") ? node.get("pad_id").asLong() : null;
                        paddingSeen = true;
                    }
                    case "added_tokens" -> {
                        JsonNode tokens = JSON.readTree(parser);
                        for (JsonNode token : tokens == null ? JSON.createArrayNode() : tokens) {
                            if (added == null && PAD_TOKENS.contains(token.path("content").asText())) {
                                added = token.path("id").asLong();
                            }
                        }
                        addedSeen = true;
                    }
                    default -> parser.skipChildren();
                }
            }
            return padding != null ? padding : added != null ? added : 0;
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
