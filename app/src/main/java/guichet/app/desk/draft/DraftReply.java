package guichet.app.desk.draft;

import guichet.app.shared.evidence.Draft;
import guichet.app.shared.evidence.EvidenceSelector;
import guichet.app.shared.evidence.Quote;
import guichet.app.shared.evidence.Source;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.analysis.AnalysisContext;
import guichet.app.desk.analysis.AnalysisStep;
import guichet.app.desk.analysis.ExtractiveSummary;
import guichet.app.desk.store.CitationLink;
import guichet.app.desk.store.Reference;
import guichet.app.desk.store.ReplyDraft;
import guichet.app.knowledge.GuidanceRetriever;
import guichet.app.system.engine.InferenceRuntime;
import guichet.inference.EngineUnavailableException;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Prepares the reply an officer will review: the office's templates (greeting, reference line, an
 * acknowledgement for the category, the urgent line, closing, signature) in the citizen's language,
 * and the decisive sentences of the guidance that answers the message, quoted verbatim with
 * numbered citations — the citizen assistant's evidence selection, so the facts come from the
 * guidance and never from a model. Guidance in the citizen's language is preferred. The draft is
 * only ever a draft: sending is an officer's action.
 */
@Component
public class DraftReply implements AnalysisStep {


    private final GuidanceRetriever guidance;
    private final InferenceRuntime runtime;
    private final ReplyTemplates templates;
    private final DeskProperties properties;
    private final Clock clock;

    public DraftReply(GuidanceRetriever guidance, InferenceRuntime runtime, ReplyTemplates templates,
                      DeskProperties properties, Clock clock) {
        this.guidance = guidance;
        this.runtime = runtime;
        this.templates = templates;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void apply(AnalysisContext context) {
        String language = ReplyTemplates.replyLanguage(context.language());
        List<Quote> quotes = List.of();
        try {
            quotes = quotes(context, language);
        } catch (EngineUnavailableException e) {
            context.note("draft without guidance: " + e.getMessage());
        }
        if (quotes.isEmpty()) {
            context.note("no guidance passage answers this message closely enough: the draft quotes none");
        }
        context.draft(compose(context, language, quotes));
    }

    private List<Quote> quotes(AnalysisContext context, String language) {
        if (properties.draft().quotes() == 0 || context.body().isBlank()) {
            return List.of();
        }
        String request = ExtractiveSummary.of(context.subject(), context.body(), context.language());
        String query = (context.subject() + "\n" + request).strip();
        int wanted = properties.draft().passages();
        List<Passage> passages = GuidanceRetriever.diverse(guidance.passages(SearchQuery.of(query, wanted * 2,
                SearchQuery.Mode.HYBRID).inLanguage(language)), wanted);
        if (passages.isEmpty()) {
            passages = GuidanceRetriever.diverse(guidance.passages(SearchQuery.of(query, wanted * 2, SearchQuery.Mode.HYBRID)),
                    wanted);
        }
        List<Source> sources = Source.numbered(passages);
        if (sources.isEmpty()) {
            return List.of();
        }
        return new EvidenceSelector(runtime.embeddings()).select(query, sources, properties.draft().quotes()).stream()
                .filter(quote -> quote.score() >= properties.draft().minRelevance()).toList();
    }

    /** The letter: templates around the quoted guidance, then the numbered sources. */
    ReplyDraft compose(AnalysisContext context, String language, List<Quote> quotes) {
        String category = context.decision() == null ? "other" : context.decision().category();
        boolean urgent = context.decision() != null && context.decision().urgent();
        String caseReference = CaseReference.of(context.caseId());
        String theirs = context.references().stream().filter(r -> r.kind().equals(Reference.Kind.CLAIM_NUMBER.id()))
                .map(Reference::value).findFirst().orElse(null);
        StringBuilder text = new StringBuilder();
        String name = greetingName(context.senderName());
        text.append(name == null ? templates.text(language, "greeting.unnamed")
                : templates.text(language, "greeting.named", Map.of("name", name))).append("\n\n");
        text.append(theirs == null ? templates.text(language, "reference", Map.of("case", caseReference))
                : templates.text(language, "reference.theirs", Map.of("case", caseReference, "theirs", theirs)))
                .append("\n\n");
        text.append(acknowledgement(language, category));
        if (urgent) {
            text.append(' ').append(templates.text(language, "urgent"));
        }
        text.append("\n\n");
        Draft quoted = new Draft("", false, quotes, "partial");
        if (!quotes.isEmpty()) {
            text.append(templates.text(language, "guidance.intro")).append('\n');
            for (String line : quoted.quoteLines()) {
                text.append(line).append('\n');
            }
            text.append('\n');
        }
        text.append(templates.text(language, "closing")).append("\n\n");
        text.append(templates.text(language, "signature", Map.of("office", properties.draft().office()))
                .replace("\\n", "\n")).append('\n');
        List<CitationLink> citations = new ArrayList<>();
        List<Source> cited = quoted.citedSources();
        if (!cited.isEmpty()) {
            text.append('\n').append(templates.text(language, "sources")).append('\n');
            for (int i = 0; i < cited.size(); i++) {
                Source source = cited.get(i);
                citations.add(new CitationLink(i + 1, source.title(), source.section(), source.url()));
                text.append('[').append(i + 1).append("] ").append(source.title())
                        .append(source.section().equals(source.title()) ? "" : " – " + source.section())
                        .append(": ").append(source.url()).append('\n');
            }
        }
        String subject = templates.text(language, "subject", Map.of("subject", context.subject().isBlank()
                ? caseReference : stripReplyPrefix(context.subject())));
        String embedder = runtime.state() == InferenceRuntime.State.READY ? runtime.embeddings().info().id() : "none";
        return new ReplyDraft(context.caseId(), language, subject, text.toString().strip() + "\n", citations,
                "templates+quotes (" + embedder + ")", clock.instant(), null, null);
    }

    private String acknowledgement(String language, String category) {
        try {
            return templates.text(language, "acknowledge." + category);
        } catch (IllegalStateException e) {
            return templates.text(language, "acknowledge.other");
        }
    }

    /** The sender's display name when it looks like a name (not an address, not a placeholder). */
    static String greetingName(String senderName) {
        if (senderName == null) {
            return null;
        }
        String name = senderName.strip().replaceAll("^\"|\"$", "");
        if (name.isEmpty() || name.contains("@") || name.length() > 80 || !name.matches(".*\\p{L}.*")) {
            return null;
        }
        return name;
    }

    static String stripReplyPrefix(String subject) {
        String stripped = subject.strip();
        String lower;
        do {
            lower = stripped.toLowerCase(Locale.ROOT);
            if (lower.startsWith("re:") || lower.startsWith("tr:") || lower.startsWith("fw:")) {
                stripped = stripped.substring(3).strip();
            } else if (lower.startsWith("re :") || lower.startsWith("fwd:")) {
                stripped = stripped.substring(4).strip();
            } else {
                break;
            }
        } while (true);
        return stripped;
    }
}
