package guichet.app.ask.pipeline.stage;

import guichet.app.ask.settings.AskProperties;
import guichet.app.shared.evidence.AnswerKinds;
import guichet.app.shared.evidence.Draft;
import guichet.app.shared.evidence.EvidenceReader;
import guichet.app.shared.evidence.EvidenceSelector;
import guichet.app.shared.evidence.NamedSubjects;
import guichet.app.shared.evidence.Quote;
import guichet.app.shared.evidence.ReadingCheck;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.shared.text.QuestionLanguage;
import guichet.app.knowledge.GuidanceRetriever;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.ChatModel;
import guichet.knowledge.SectionsNamed;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Composes the answer so that its facts come from the guidance, whatever the model's size: the
 * decisive sentences are quoted verbatim. A model big enough to read chooses, among the best
 * sentences, those that answer (a constrained choice of numbers) and writes a short answer from them;
 * that answer is shown only if every figure, date and name in it is in the sentences it chose and it
 * is in the asker's language. Smaller models, and readings that fail, give the ranked quotes under a
 * fixed lead-in. Too weak a match means no answer.
 */
@Component
public class ComposeAnswer implements Stage {

    /**
     * A name over at most this many passages' titles and headings is one the guidance mentions in passing:
     * the middle of the range (1 to 7) that did best on the tune split (ADR 34).
     */
    static final int NAMED_IN_PASSING = 3;

    private final InferenceRuntime runtime;
    private final AskProperties properties;
    private final OverridableResources resources;
    private final CitizenTexts texts;
    private final ReadingCheck check;
    private final GuidanceRetriever guidance;

    ComposeAnswer(InferenceRuntime runtime, AskProperties properties, OverridableResources resources,
                  CitizenTexts texts, QuestionLanguage languages, GuidanceRetriever guidance) {
        this.guidance = guidance;
        this.runtime = runtime;
        this.properties = properties;
        this.resources = resources;
        this.texts = texts;
        this.check = new ReadingCheck(languages);
    }

    @Override
    public void apply(AnswerContext context) {
        String language = CitizenTexts.replyLanguage(context.language());
        ChatModel chat = runtime.chat();
        boolean reads = properties.readWithModel() && trusted(chat);
        EvidenceSelector.Evidence evidence = new EvidenceSelector(runtime.embeddings()).selectWithCandidates(
                context.searchQuestion(), context.sources(), properties.quotes(), reads ? properties.readerCandidates() : 0);
        List<Quote> quotes = evidence.quotes();
        double best = quotes.isEmpty() ? 0 : quotes.getFirst().score();
        double threshold = context.minRelevance().orElse(properties.minRelevance());
        context.relevance(best);
        if (best < threshold) {
            context.stop(AnswerStatus.UNANSWERABLE, texts.reply("reply.unanswerable", language),
                    String.format(Locale.ROOT, "best quote %.3f below %.3f", best, threshold));
            return;
        }
        context.note(String.format(Locale.ROOT, "best quote %.3f from %s", best, quotes.getFirst().source().id()));
        // Asked for a sum, and not one quote states a quantity: the guidance found is about something next to it.
        if (AnswerKinds.asksForMoney(context.searchQuestion())
                && quotes.stream().noneMatch(q -> AnswerKinds.hasQuantity(q.sentence()))) {
            context.stop(AnswerStatus.UNANSWERABLE, texts.reply("reply.unanswerable", language),
                    "asked for an amount, and no quote states one");
            return;
        }
        // Asked the amount of something the guidance only mentions in passing, and every quoted amount is about
        // something else: an ESA rate is no answer to "how much is Attendance Allowance".
        List<String> names = AnswerKinds.asksForMoney(context.searchQuestion()) ? namesAsked(context, quotes) : List.of();
        if (!names.isEmpty() && names.stream().noneMatch(name -> NamedSubjects.amountsAbout(quotes, name, context.language()))) {
            context.stop(AnswerStatus.UNANSWERABLE, texts.reply("reply.unanswerable", language),
                    "asked the amount of " + String.join(" or ", names) + ", and no quoted amount is about it");
            return;
        }
        // Between the gate and a confident match the quotes may be about a neighbouring topic: say so.
        boolean confident = best >= properties.confidentRelevance();
        Draft draft = new Draft(texts.reply(confident ? "answer.lead_in" : "answer.lead_in_partial", language), false,
                quotes, confident ? "" : "partial");
        boolean streamed = false;
        if (reads) {
            EvidenceReader.Reading reading = new EvidenceReader(chat, properties.maxAnswerTokens()).read(
                    resources.text("prompts/read/" + language + ".txt"), context.standaloneQuestion(),
                    evidence.candidates(), context.sink());
            context.recordModelCall(chat.info(), reading.result());
            streamed = !reading.answer().isEmpty();
            if (reading.parsed() && reading.chosen().isEmpty() && "none".equals(reading.completeness())
                    && properties.readerMayRefuse()) {
                context.stop(AnswerStatus.UNANSWERABLE, texts.reply("reply.unanswerable", language),
                        "the reader found no extract answering the question");
                return;
            }
            if (!reading.chosen().isEmpty()) {
                draft = new Draft(draft.leadIn(), false, reading.chosen(), reading.completeness());
            }
            // Below a confident match the reader's prose would sound surer than the evidence: the quotes speak.
            String problem = reading.chosen().isEmpty() ? "chose no extract"
                    : !confident ? "the best match is not a confident one"
                    : check.problem(reading.answer(), reading.chosen(), context.standaloneQuestion(), language);
            if (problem.isEmpty()) {
                draft = draft.withLeadIn(reading.answer(), true);
            } else {
                context.note("reader's answer not shown: " + problem);
            }
        }
        stream(context, draft, streamed);
        context.answer(draft.text(), draft.completeness(), draft.citedSources());
    }

    /**
     * The things the question names that the guidance mentions only in passing: a phrase of the question
     * that a few passages' titles or headings hold, written there as a proper name (a scheme with pages
     * of its own has its name over many passages). Each name found is noted in the trace.
     */
    private List<String> namesAsked(AnswerContext context, List<Quote> quotes) {
        List<String> names = new ArrayList<>();
        for (String name : NamedSubjects.candidates(context.searchQuestion())) {
            SectionsNamed sections = guidance.sectionsNamed(name, context.language());
            if (sections.passages() > 0 && sections.labels().stream()
                    .anyMatch(label -> NamedSubjects.writtenAsName(label, name, context.language()))) {
                boolean quoted = NamedSubjects.amountsAbout(quotes, name, context.language());
                context.note(String.format(Locale.ROOT, "names \"%s\" (%d passages), %s", name, sections.passages(),
                        quoted ? "a quoted amount is about it" : "no quoted amount is about it"));
                if (sections.passages() <= NAMED_IN_PASSING) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /** A remote pool's size is unknown (0): the operator chose it, so it is trusted. */
    private boolean trusted(ChatModel chat) {
        long parameters = chat.info().parameterCount();
        return parameters == 0 || parameters >= properties.readerMinParameters();
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
