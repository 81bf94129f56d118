package guichet.app.ask.compose;

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

import java.util.List;
import java.util.Optional;

/**
 * Asks the chat model for the sentence that answers the question from the quoted extracts, under
 * the JSON schema {@code {answer, completeness, sources_used}}; the answer field streams as it is
 * written. A larger model writes a fuller answer here; the facts still have to pass the checks.
 */
public final class LeadInWriter {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChatModel chat;
    private final int maxTokens;

    public LeadInWriter(ChatModel chat, int maxTokens) {
        this.chat = chat;
        this.maxTokens = maxTokens;
    }

    /** What the model wrote, parsed; empty when it wrote nothing usable. */
    public record LeadIn(String answer, String completeness, List<String> sourcesUsed, ChatResult result) {
    }

    public Optional<LeadIn> write(String systemPrompt, String question, List<Quote> quotes, TokenSink sink) {
        StringBuilder extracts = new StringBuilder();
        for (int i = 0; i < quotes.size(); i++) {
            Quote quote = quotes.get(i);
            extracts.append('[').append(quote.source().id()).append("] ").append(quote.sentence()).append('\n');
        }
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.system(systemPrompt),
                        ChatMessage.user("Extracts:\n" + extracts + "\nQuestion: " + question)))
                .withFormat(schema(quotes)).withSampling(Sampling.GREEDY.withMaxTokens(maxTokens));
        JsonStringField answerField = new JsonStringField("answer", piece -> {
            try {
                sink.accept(piece);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ChatResult result = chat.generate(request, answerField::accept).await();
        try {
            JsonNode node = JSON.readTree(result.text());
            String answer = node.path("answer").asText("").strip();
            List<String> used = new java.util.ArrayList<>();
            node.path("sources_used").forEach(id -> used.add(id.asText()));
            return Optional.of(new LeadIn(answer, node.path("completeness").asText("none"), used, result));
        } catch (Exception e) {
            return Optional.of(new LeadIn("", "none", List.of(), result));
        }
    }

    private static ResponseFormat schema(List<Quote> quotes) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        // No length bounds: llama.cpp expands them into a grammar that slows sampling down; max tokens bound it.
        properties.putObject("answer").put("type", "string");
        ArrayNode levels = properties.putObject("completeness").put("type", "string").putArray("enum");
        levels.add("complete").add("partial").add("none");
        ObjectNode used = properties.putObject("sources_used");
        used.put("type", "array");
        ArrayNode ids = used.putObject("items").put("type", "string").putArray("enum");
        quotes.stream().map(q -> q.source().id()).distinct().forEach(ids::add);
        schema.putArray("required").add("answer").add("completeness").add("sources_used");
        schema.put("additionalProperties", false);
        return new ResponseFormat.JsonSchema(schema);
    }
}
