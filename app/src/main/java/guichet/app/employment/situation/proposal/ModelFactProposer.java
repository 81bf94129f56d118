package guichet.app.employment.situation.proposal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.app.employment.situation.Fact;
import guichet.app.employment.situation.Situation;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.OverloadedException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lets a chat model read the facts the patterns missed: under a JSON schema made from the facts still
 * wanted — each fact's name, its value typed as the fact is (a number, true or false, one of the
 * countries or statuses the rules know) and the words of the message that state it:
 * {@code {"facts": [{"fact": "savings", "value": 25000, "words": "£25k put by"}]}}. Its output is only a
 * proposal: {@link SupportCheck} decides what is kept.
 */
public final class ModelFactProposer implements FactProposer {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Values a text fact may take: those the rules compare with, and "other" for any other country. */
    static final Map<Fact, List<String>> CHOICES = Map.of(
            Fact.COUNTRY, List.of("gb", "fr", "ie", "es", "ch", "be", "de", "pt", "it", "nl", "pl", "us", "other"),
            Fact.EMPLOYMENT_STATUS, List.of("unemployed", "employed"));

    private final ChatModel chat;
    private final String systemPrompt;
    private final Map<Fact, String> descriptions;
    private final int maxTokens;
    private final Clock clock;

    /**
     * @param systemPrompt what the model is asked to do
     * @param descriptions what each fact means, as the model is told
     */
    public ModelFactProposer(ChatModel chat, String systemPrompt, Map<Fact, String> descriptions, int maxTokens, Clock clock) {
        this.chat = chat;
        this.systemPrompt = systemPrompt;
        this.descriptions = Map.copyOf(descriptions);
        this.maxTokens = maxTokens;
        this.clock = clock;
    }

    @Override
    public Proposals propose(String message, Situation known, Set<Fact> wanted, String language) {
        List<Fact> asked = wanted.stream().filter(f -> f.type() != Fact.Type.LIST && descriptions.containsKey(f)).sorted().toList();
        if (asked.isEmpty()) {
            return Proposals.NONE;
        }
        long start = clock.millis();
        ChatRequest request = ChatRequest.of(List.of(ChatMessage.system(systemPrompt), ChatMessage.user(user(message, asked))))
                .withFormat(new ResponseFormat.JsonSchema(schema(asked)))
                .withSampling(Sampling.GREEDY.withMaxTokens(maxTokens));
        ChatResult result;
        try {
            result = chat.chat(request);
        } catch (OverloadedException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Proposals(List.of(), chat.info().id(), chat.info().sha256(), 0, 0, clock.millis() - start,
                    "model failed: " + e.getClass().getSimpleName());
        }
        List<ProposedFact> facts = new ArrayList<>();
        boolean whole = parse(result.text(), facts);
        String problem = whole ? "" : facts.isEmpty() ? "model output is not valid JSON"
                : "model output cut short: " + facts.size() + " whole facts read";
        return new Proposals(facts, chat.info().id(), chat.info().sha256(), result.promptTokens(), result.completionTokens(),
                clock.millis() - start, problem);
    }

    /**
     * The facts of the model's output, also when it was cut short by the token limit: every whole fact
     * object of the array is read.
     *
     * @return whether the output was whole
     */
    static boolean parse(String text, List<ProposedFact> facts) {
        try (com.fasterxml.jackson.core.JsonParser parser = JSON.createParser(text)) {
            if (parser.nextToken() != com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.FIELD_NAME) {
                boolean array = "facts".equals(parser.currentName());
                com.fasterxml.jackson.core.JsonToken next = parser.nextToken();
                if (!array || next != com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    JsonNode node = JSON.readTree(parser);
                    JsonNode value = node.path("value");
                    facts.add(new ProposedFact(node.path("fact").asText(""), value.isTextual() ? value.asText() : value.toString(),
                            node.path("words").asText("")));
                }
            }
            return true;
        } catch (Exception e) {
            return false;
        }
    }

    /** The facts to look for, described, then the message. */
    String user(String message, List<Fact> asked) {
        StringBuilder text = new StringBuilder("Facts to look for:\n");
        for (Fact fact : asked) {
            text.append("- ").append(fact.key()).append(": ").append(descriptions.get(fact)).append('\n');
        }
        return text.append("\nMessage:\n").append(message).toString();
    }

    /** {facts: [anyOf one object per fact: {fact, value (typed), words}]}. */
    static JsonNode schema(List<Fact> asked) {
        ObjectNode schema = JSON.createObjectNode();
        schema.put("type", "object");
        ObjectNode facts = schema.putObject("properties").putObject("facts");
        facts.put("type", "array");
        ArrayNode options = facts.putObject("items").putArray("anyOf");
        for (Fact fact : asked) {
            ObjectNode option = options.addObject();
            option.put("type", "object");
            ObjectNode properties = option.putObject("properties");
            properties.putObject("fact").put("type", "string").putArray("enum").add(fact.key());
            ObjectNode value = properties.putObject("value");
            switch (fact.type()) {
                case NUMBER -> value.put("type", "number");
                case BOOLEAN -> value.put("type", "boolean");
                default -> {
                    value.put("type", "string");
                    if (CHOICES.containsKey(fact)) {
                        ArrayNode allowed = value.putArray("enum");
                        CHOICES.get(fact).forEach(allowed::add);
                    }
                }
            }
            // No length bounds: llama.cpp expands them into a grammar that slows sampling down; max tokens bound it.
            properties.putObject("words").put("type", "string");
            option.putArray("required").add("fact").add("value").add("words");
            option.put("additionalProperties", false);
        }
        schema.putArray("required").add("facts");
        schema.put("additionalProperties", false);
        return schema;
    }
}
