package guichet.app.ask.translate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.settings.AskProperties;
import guichet.app.shared.text.QuestionLanguage;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import guichet.knowledge.search.QueryRewriter;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Translates a question into the guidance's other language (English ↔ French) with a chat model big
 * enough to read (the same size as the answer step's reader), so that a French question finds GOV.UK
 * pages and an English one the French fiches. The translation is only searched with: it never reaches
 * the citizen, and the original question is always searched too.
 */
@Component
public class QuestionTranslator implements QueryRewriter {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MAX_TOKENS = 96;
    private static final ResponseFormat SCHEMA = ResponseFormat.JsonSchema.parse("""
            {"type": "object", "properties": {"translation": {"type": "string"}},
             "required": ["translation"], "additionalProperties": false}""");

    private final InferenceRuntime runtime;
    private final AskProperties properties;
    private final QuestionLanguage languages;
    private final OverridableResources resources;

    QuestionTranslator(InferenceRuntime runtime, AskProperties properties, QuestionLanguage languages,
                       OverridableResources resources) {
        this.runtime = runtime;
        this.properties = properties;
        this.languages = languages;
        this.resources = resources;
    }

    /** A translation and the model call that made it. */
    public record Translation(String text, ChatResult result) {
    }

    /** Whether the configured chat model is trusted to translate. */
    public boolean enabled() {
        if (!properties.translateQuestions()) {
            return false;
        }
        long parameters = runtime.chat().info().parameterCount();
        return parameters == 0 || parameters >= properties.readerMinParameters();
    }

    @Override
    public List<String> alternatives(String question) {
        return translate(question).map(Translation::text).stream().toList();
    }

    /** The question in the other language, when the model is trusted and wrote one. */
    public Optional<Translation> translate(String question) {
        if (!enabled()) {
            return Optional.empty();
        }
        String target = languages.detect(question).orElse("en").equals("fr") ? "en" : "fr";
        ChatModel chat = runtime.chat();
        ChatRequest request = ChatRequest.of(List.of(
                        ChatMessage.system(resources.text("prompts/translate/" + target + ".txt").strip()),
                        ChatMessage.user(question)))
                .withFormat(SCHEMA).withSampling(Sampling.GREEDY.withMaxTokens(MAX_TOKENS));
        ChatResult result = chat.chat(request);
        try {
            JsonNode node = JSON.readTree(result.text());
            String text = node.path("translation").asText("").strip();
            // A copy of the question adds nothing to search with.
            if (text.isEmpty() || text.toLowerCase(Locale.ROOT).equals(question.strip().toLowerCase(Locale.ROOT))) {
                return Optional.empty();
            }
            return Optional.of(new Translation(text, result));
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
