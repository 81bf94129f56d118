package guichet.app.ask.pipeline.stage;

import guichet.app.ask.AskProperties;
import guichet.app.ask.compose.Draft;
import guichet.app.ask.compose.EvidenceSelector;
import guichet.app.ask.compose.Figures;
import guichet.app.ask.compose.LeadInWriter;
import guichet.app.ask.compose.Quote;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.text.CitizenTexts;
import guichet.app.ask.text.QuestionLanguage;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatModel;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Composes the answer so that its facts come from the guidance, whatever the model's size: the
 * decisive sentences are quoted verbatim, and the chat model only writes the lead-in that answers
 * from them, under a JSON schema. A lead-in with a figure the quotes do not have, or in another
 * language than the asker's, is replaced by a fixed one. Too weak a match means no answer.
 */
@Component
public class ComposeAnswer implements Stage {

    private static final int MIN_LEAD_IN_WORDS = 4;

    private final InferenceRuntime runtime;
    private final AskProperties properties;
    private final OverridableResources resources;
    private final CitizenTexts texts;
    private final QuestionLanguage languages;

    ComposeAnswer(InferenceRuntime runtime, AskProperties properties, OverridableResources resources,
                  CitizenTexts texts, QuestionLanguage languages) {
        this.runtime = runtime;
        this.properties = properties;
        this.resources = resources;
        this.texts = texts;
        this.languages = languages;
    }

    @Override
    public void apply(AnswerContext context) {
        String language = CitizenTexts.replyLanguage(context.language());
        List<Quote> quotes = new EvidenceSelector(runtime.embeddings())
                .selectForEachPart(context.searchQuestion(), context.sources(), properties.quotes());
        double best = quotes.isEmpty() ? 0 : quotes.getFirst().score();
        double threshold = context.minRelevance().orElse(properties.minRelevance());
        context.relevance(best);
        if (best < threshold) {
            context.stop(AnswerStatus.UNANSWERABLE, texts.reply("reply.unanswerable", language),
                    String.format(Locale.ROOT, "best quote %.3f below %.3f", best, threshold));
            return;
        }
        context.note(String.format(Locale.ROOT, "best quote %.3f from %s", best, quotes.getFirst().source().id()));
        Draft draft = new Draft(texts.reply("answer.lead_in", language), false, quotes, "partial");
        boolean streamed = false;
        ChatModel chat = runtime.chat();
        if (properties.leadInWithModel() && trusted(chat)) {
            Optional<LeadInWriter.LeadIn> written = new LeadInWriter(chat, properties.maxAnswerTokens())
                    .write(resources.text("prompts/compose/" + language + ".txt"), context.standaloneQuestion(), quotes,
                            context.sink());
            if (written.isPresent()) {
                context.recordModelCall(chat.info(), written.get().result());
                streamed = !written.get().answer().isEmpty();
                String problem = problemWith(written.get(), quotes, language);
                if (problem.isEmpty()) {
                    draft = new Draft(written.get().answer(), true, quotes, written.get().completeness());
                } else {
                    context.note("model lead-in replaced: " + problem);
                }
            }
        }
        stream(context, draft, streamed);
        context.answer(draft.text(), draft.completeness(), draft.citedSources());
    }

    /** A remote pool's size is unknown (0): the operator chose it, so it is trusted. */
    private boolean trusted(ChatModel chat) {
        long parameters = chat.info().parameterCount();
        return parameters == 0 || parameters >= properties.leadInMinParameters();
    }

    /** Why the model's lead-in cannot be used, or "" when it can. */
    private String problemWith(LeadInWriter.LeadIn leadIn, List<Quote> quotes, String language) {
        if (leadIn.answer().isBlank()) {
            return "empty";
        }
        if (leadIn.answer().strip().split("\\s+").length < MIN_LEAD_IN_WORDS) {
            return "too short";
        }
        if (repeatsItself(leadIn.answer())) {
            return "repeats itself";
        }
        if ("none".equals(leadIn.completeness())) {
            return "the model judged the extracts do not answer";
        }
        String quoted = quotes.stream().map(Quote::sentence).collect(Collectors.joining(" "));
        var unsupported = Figures.unsupported(leadIn.answer(), quoted);
        if (!unsupported.isEmpty()) {
            return "figures not in the quotes " + unsupported;
        }
        Optional<String> detected = languages.detect(leadIn.answer());
        if (detected.isPresent() && !detected.get().equals(language)) {
            return "written in " + detected.get() + " instead of " + language;
        }
        return "";
    }

    /** Small models loop: the same sentence twice means the lead-in is not worth reading. */
    static boolean repeatsItself(String text) {
        var seen = new java.util.HashSet<String>();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String key = sentence.strip().toLowerCase(Locale.ROOT);
            if (key.length() > 12 && !seen.add(key)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Streams what the citizen has not seen yet, a line at a time: the lead-in unless the model's was
     * streamed as it was written, then each quote.
     */
    private static void stream(AnswerContext context, Draft draft, boolean leadInStreamed) {
        try {
            if (!(leadInStreamed && draft.leadInFromModel())) {
                context.sink().accept((leadInStreamed ? "\n\n" : "") + draft.leadIn().strip() + "\n");
            }
            for (String line : draft.quoteLines()) {
                context.sink().accept("\n" + line);
            }
        } catch (Exception e) {
            // The client went away: the answer is still stored.
        }
    }
}
