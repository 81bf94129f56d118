package guichet.app.desk.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.shared.evidence.ReadingCheck;
import guichet.app.shared.rules.MatchText;
import guichet.app.shared.text.QuestionLanguage;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.EngineUnavailableException;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Two or three sentences for the officer, in the officer's language. The chat model writes them under
 * the JSON schema {@code {summary}}; the desk keeps the model's summary only when it passes checks:
 * long enough, not looping, in the officer's language, about this message (it shares its words) and
 * with no figure the message does not have. Otherwise — and without a model — the summary is a first
 * sentence in the officer's language made from the analysis (who writes, in which language, the
 * category, the urgency signals), then the message's own sentences that carry its request.
 */
@Component
public class Summarise implements AnalysisStep {

    static final String EXTRACTIVE = "extractive";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int MIN_WORDS = 8;
    private static final int MAX_MESSAGE_CHARACTERS = 2500;
    private static final double MIN_SHARED_WORDS = 0.5;

    private final Supplier<ChatModel> chat;
    private final OverridableResources resources;
    private final QuestionLanguage languages;
    private final DeskProperties properties;
    private final Taxonomy taxonomy;
    private final Map<String, Properties> headlines = new ConcurrentHashMap<>();

    @Autowired
    Summarise(InferenceRuntime runtime, OverridableResources resources, QuestionLanguage languages,
              DeskProperties properties, Taxonomy taxonomy) {
        this(runtime::chat, resources, languages, properties, taxonomy);
    }

    public Summarise(Supplier<ChatModel> chat, OverridableResources resources, QuestionLanguage languages,
                     DeskProperties properties, Taxonomy taxonomy) {
        this.chat = chat;
        this.resources = resources;
        this.languages = languages;
        this.properties = properties;
        this.taxonomy = taxonomy;
    }

    @Override
    public void apply(AnalysisContext context) {
        String extractive = ExtractiveSummary.of(context.subject(), context.body(), context.language());
        if (properties.summary().withModel() && !context.body().isBlank() && modelLargeEnough()) {
            Optional<ModelSummary> written = write(context);
            if (written.isPresent() && written.get().problem().isEmpty()) {
                context.summary(written.get().text(), written.get().model());
                return;
            }
            written.ifPresent(summary -> context.note("model summary not used: " + summary.problem()));
        }
        context.summary(headline(context) + " " + quotedIfForeign(context, extractive), EXTRACTIVE);
    }

    /**
     * The summary's first sentence, in the officer's language, made only of what the analysis found:
     * who writes, in which language when it is not the officer's, the category and the urgency signals.
     */
    String headline(AnalysisContext context) {
        String officer = officerLanguage();
        Properties lines = headlines.computeIfAbsent(officer, this::loadHeadlines);
        Locale locale = Locale.forLanguageTag(officer);
        String writer = context.senderName().isBlank() || context.senderName().contains("@")
                ? lines.getProperty("writer.unnamed") : context.senderName().strip();
        String category = context.decision() == null ? "?" : taxonomy.find(context.decision().category())
                .map(c -> c.name(officer).toLowerCase(locale)).orElse(context.decision().category());
        boolean foreign = !officer.equals(context.language());
        String text = (foreign ? lines.getProperty("headline.foreign") : lines.getProperty("headline"))
                .replace("{writer}", writer)
                .replace("{language}", Locale.forLanguageTag(context.language()).getDisplayLanguage(locale))
                .replace("{category}", category);
        if (context.decision() != null && !context.decision().signals().isEmpty()) {
            String signals = context.decision().signals().stream()
                    .map(signal -> signal.rule().substring(signal.rule().indexOf('/') + 1).replace('_', ' '))
                    .distinct().collect(java.util.stream.Collectors.joining(", "));
            text += " " + lines.getProperty("urgent").replace("{signals}", signals);
        }
        return text;
    }

    private String quotedIfForeign(AnalysisContext context, String extractive) {
        if (extractive.isBlank() || officerLanguage().equals(context.language())) {
            return extractive;
        }
        return headlines.get(officerLanguage()).getProperty("quoted") + " “" + extractive + "”";
    }

    private Properties loadHeadlines(String language) {
        Properties lines = new Properties();
        try {
            lines.load(new java.io.StringReader(resources.text("desk/summary/" + language + ".properties")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return lines;
    }

    /** A remote pool's size is unknown (0): the operator chose it, so it is asked. */
    private boolean modelLargeEnough() {
        try {
            long parameters = chat.get().info().parameterCount();
            return parameters == 0 || parameters >= properties.summary().minParameters();
        } catch (EngineUnavailableException e) {
            return false;
        }
    }

    /** What the model wrote, and what is wrong with it ("" when nothing). */
    record ModelSummary(String text, String model, String problem) {
    }

    Optional<ModelSummary> write(AnalysisContext context) {
        ChatModel model;
        try {
            model = chat.get();
        } catch (EngineUnavailableException e) {
            return Optional.empty();
        }
        String language = officerLanguage();
        String message = context.text();
        if (message.length() > MAX_MESSAGE_CHARACTERS) {
            message = message.substring(0, MAX_MESSAGE_CHARACTERS);
        }
        ChatRequest request = ChatRequest.of(List.of(
                        ChatMessage.system(resources.text("prompts/desk/summary/" + language + ".txt").strip()),
                        ChatMessage.user(message)))
                .withFormat(ResponseFormat.JsonSchema.parse("""
                        {"type": "object", "properties": {"summary": {"type": "string", "minLength": 1, "maxLength": 400}},
                         "required": ["summary"], "additionalProperties": false}"""))
                .withSampling(Sampling.GREEDY.withMaxTokens(properties.summary().maxTokens()));
        ChatResult result = model.chat(request);
        String text;
        try {
            JsonNode node = JSON.readTree(result.text());
            text = node.path("summary").asText("").strip();
        } catch (Exception e) {
            return Optional.of(new ModelSummary("", result.modelId(), "not JSON"));
        }
        return Optional.of(new ModelSummary(text, result.modelId(), problemWith(text, context.text(), context.language(), language)));
    }

    /** Why a model summary cannot be shown, or "" when it can. */
    String problemWith(String summary, String message, String messageLanguage, String language) {
        if (summary.isBlank()) {
            return "empty";
        }
        if (summary.split("\\s+").length < MIN_WORDS) {
            return "too short";
        }
        // The answer step's check: its figures, dates and names from the message, the officer's language, no loops.
        String problem = new ReadingCheck(languages).problem(summary, message, language);
        if (!problem.isEmpty()) {
            return problem.replace("the quotes", "the message");
        }
        // Across languages words are not shared; the figures and names checks above still hold.
        if (language.equals(messageLanguage) && sharedWords(summary, message) < MIN_SHARED_WORDS) {
            return "not about this message";
        }
        return "";
    }

    private String officerLanguage() {
        String language = properties.officerLanguage().strip().toLowerCase(Locale.ROOT);
        return resources.exists("prompts/desk/summary/" + language + ".txt")
                && resources.exists("desk/summary/" + language + ".properties") ? language : "en";
    }

    /** Share of the summary's longer words that the message has too. */
    static double sharedWords(String summary, String message) {
        Set<String> known = new HashSet<>(List.of(MatchText.of(message).split("[^\\p{L}\\p{N}]+")));
        int total = 0;
        int shared = 0;
        for (String word : MatchText.of(summary).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 5) {
                total++;
                shared += known.contains(word) ? 1 : 0;
            }
        }
        return total == 0 ? 0 : (double) shared / total;
    }

}
