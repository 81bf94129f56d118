package guichet.app.shared.evidence;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import guichet.inference.TokenSink;

import java.util.ArrayList;
import java.util.List;

/**
 * Lets a chat model big enough to read choose which numbered extracts answer the question (a
 * constrained choice of ids, under a JSON schema) and write a short answer from them, streamed as it
 * is written. What it writes is not trusted yet: {@link ReadingCheck} checks it against the chosen
 * extracts.
 */
public final class EvidenceReader {

    private static final ObjectMapper JSON = new ObjectMapper();
    // More chosen extracts than this make an answer a citizen will not read.
    static final int MAX_CHOSEN = 3;

    private final ChatModel chat;
    private final int maxTokens;

    public EvidenceReader(ChatModel chat, int maxTokens) {
        this.chat = chat;
        this.maxTokens = maxTokens;
    }

    /**
     * What the model read, parsed.
     *
     * @param chosen the extracts it chose, best first (valid ids only, each once)
     * @param completeness complete, partial or none, as it judged them
     * @param answer its short answer, unchecked
     * @param parsed whether its output was the JSON asked for
     */
    public record Reading(List<Quote> chosen, String completeness, String answer, boolean parsed, ChatResult result) {

        public Reading {
            chosen = List.copyOf(chosen);
        }
    }

    /** Reads {@code candidates} (numbered from 1 in the prompt) for {@code question}. */
    public Reading read(String systemPrompt, String question, List<Quote> candidates, TokenSink sink) {
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.system(systemPrompt),
                        ChatMessage.user(extracts(candidates) + "\nQuestion: " + question)))
                .withFormat(schema(candidates.size())).withSampling(Sampling.GREEDY.withMaxTokens(maxTokens));
        JsonStringField answerField = new JsonStringField("answer", piece -> {
            try {
                sink.accept(piece);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ChatResult result = chat.generate(request, answerField::accept).await();
        return parse(result, candidates);
    }

    /** The extracts as the model sees them: a number, where the sentence comes from, the sentence. */
    static String extracts(List<Quote> candidates) {
        StringBuilder text = new StringBuilder("Extracts:\n");
        for (int i = 0; i < candidates.size(); i++) {
            Quote quote = candidates.get(i);
            text.append(i + 1).append(". (").append(quote.source().title()).append(") ").append(quote.sentence())
                    .append('\n');
        }
        return text.toString();
    }

    static Reading parse(ChatResult result, List<Quote> candidates) {
        try {
            JsonNode node = JSON.readTree(result.text());
            List<Quote> chosen = new ArrayList<>();
            for (JsonNode id : node.path("extracts")) {
                int index = id.asInt(0) - 1;
                if (index >= 0 && index < candidates.size() && !chosen.contains(candidates.get(index))
                        && chosen.size() < MAX_CHOSEN) {
                    chosen.add(candidates.get(index));
                }
            }
            return new Reading(chosen, node.path("completeness").asText("none"), node.path("answer").asText("").strip(),
                    node.isObject(), result);
        } catch (Exception e) {
            return new Reading(List.of(), "none", "", false, result);
        }
    }

    /** {extracts: [ids], completeness, answer}: the choice comes first, so the answer is written from it. */
    private static ResponseFormat schema(int candidates) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        ObjectNode extracts = properties.putObject("extracts");
        // Bounded, so that a small model cannot spend its tokens listing numbers before it writes the answer.
        extracts.put("type", "array").put("maxItems", MAX_CHOSEN);
        ArrayNode ids = extracts.putObject("items").put("type", "integer").putArray("enum");
        for (int i = 1; i <= candidates; i++) {
            ids.add(i);
        }
        ArrayNode levels = properties.putObject("completeness").put("type", "string").putArray("enum");
        levels.add("complete").add("partial").add("none");
        // No upper length bound: llama.cpp expands it into a grammar that slows sampling down; max tokens bound it.
        properties.putObject("answer").put("type", "string").put("minLength", 1);
        schema.putArray("required").add("extracts").add("completeness").add("answer");
        schema.put("additionalProperties", false);
        return new ResponseFormat.JsonSchema(schema);
    }
}
