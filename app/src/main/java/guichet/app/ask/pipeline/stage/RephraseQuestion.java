package guichet.app.ask.pipeline.stage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.pipeline.Turn;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatMessage;
import guichet.inference.ChatModel;
import guichet.inference.ChatRequest;
import guichet.inference.ChatResult;
import guichet.inference.ResponseFormat;
import guichet.inference.Sampling;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Makes a follow-up question stand alone ("and for part-time work?" after a question about
 * Jobseeker's Allowance). By default a follow-up is joined to the previous question, which is
 * exact and cheap; with {@code guichet.ask.rephrase-with-model} the chat model rewrites it.
 */
@Component
public class RephraseQuestion implements Stage {

    private static final Pattern FOLLOW_UP = Pattern.compile(
            "^(and|but|what about|how about|what if|also|so|then|et|mais|et si|aussi|alors|donc|pour)\\b"
                    + "|\\b(it|that|this|them|those|they|ça|cela|celle-ci|celui-ci|ils|elles|le même|la même)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int SHORT_QUESTION_WORDS = 3;
    private static final ResponseFormat SCHEMA = ResponseFormat.JsonSchema.parse("""
            {"type":"object","properties":{"question":{"type":"string"}},
             "required":["question"],"additionalProperties":false}""");

    private final AskProperties properties;
    private final InferenceRuntime runtime;
    private final OverridableResources resources;
    private final ObjectMapper json = new ObjectMapper();

    RephraseQuestion(AskProperties properties, InferenceRuntime runtime, OverridableResources resources) {
        this.properties = properties;
        this.runtime = runtime;
        this.resources = resources;
    }

    @Override
    public void apply(AnswerContext context) {
        List<Turn> history = context.history();
        if (history.isEmpty() || properties.historyTurns() == 0 || !looksLikeFollowUp(context.question())) {
            return;
        }
        Turn previous = history.getLast();
        context.standaloneQuestion(properties.rephraseWithModel()
                ? rewrite(context, history) : previous.question() + " " + context.question());
    }

    static boolean looksLikeFollowUp(String question) {
        String text = question.strip().toLowerCase(Locale.ROOT);
        return text.split("\\s+").length <= SHORT_QUESTION_WORDS || FOLLOW_UP.matcher(text).find();
    }

    private String rewrite(AnswerContext context, List<Turn> history) {
        ChatModel chat = runtime.chat();
        StringBuilder turns = new StringBuilder();
        for (Turn turn : history.subList(Math.max(0, history.size() - properties.historyTurns()), history.size())) {
            turns.append("Q: ").append(turn.question()).append('\n').append("A: ").append(turn.answer()).append('\n');
        }
        String system = resources.text("prompts/rephrase/" + promptLanguage(context.language()) + ".txt");
        ChatResult result = chat.chat(ChatRequest.of(List.of(ChatMessage.system(system),
                        ChatMessage.user(turns + "Follow-up: " + context.question())))
                .withFormat(SCHEMA).withSampling(Sampling.GREEDY.withMaxTokens(96)));
        context.recordModelCall(chat.info(), result);
        try {
            JsonNode node = json.readTree(result.text());
            String rewritten = node.path("question").asText("").strip();
            return rewritten.length() >= 3 ? rewritten : history.getLast().question() + " " + context.question();
        } catch (Exception e) {
            return history.getLast().question() + " " + context.question();
        }
    }

    private String promptLanguage(String language) {
        return resources.exists("prompts/rephrase/" + language + ".txt") ? language : "en";
    }
}
