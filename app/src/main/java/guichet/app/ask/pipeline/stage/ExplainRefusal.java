package guichet.app.ask.pipeline.stage;

import guichet.app.ask.settings.AskProperties;
import guichet.app.shared.evidence.Draft;
import guichet.app.shared.evidence.EvidenceSelector;
import guichet.app.shared.evidence.Quote;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.refusal.HarmfulReplies;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.knowledge.GuidanceRetriever;
import guichet.app.system.engine.InferenceRuntime;
import guichet.knowledge.SearchQuery;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses a request for help to do harm in a way that helps: for each kind of harm asked for, the
 * rule, what happens when it is broken and the legitimate routes (data:
 * {@code replies/harmful/<country>/<language>.yml}), then the rule in the official guidance's own
 * words, quoted with links, when the guidance has it. Never the help asked for.
 */
@Component
public class ExplainRefusal implements Stage {

    /** The route RouteQuestion gives a harmful request; its categories come with it. */
    public static final String ROUTE = "harmful";
    private static final int MAX_QUOTES = 2;

    private final HarmfulReplies replies;
    private final GuidanceRetriever guidance;
    private final InferenceRuntime runtime;
    private final AskProperties properties;
    private final CitizenTexts texts;

    public ExplainRefusal(HarmfulReplies replies, GuidanceRetriever guidance, InferenceRuntime runtime,
                          AskProperties properties, CitizenTexts texts) {
        this.replies = replies;
        this.guidance = guidance;
        this.runtime = runtime;
        this.properties = properties;
        this.texts = texts;
    }

    @Override
    public void apply(AnswerContext context) {
        if (!context.route().equals(ROUTE)) {
            return;
        }
        String language = CitizenTexts.replyLanguage(context.language());
        List<String> blocks = new ArrayList<>();
        blocks.add(texts.reply("reply.harmful.intro", language));
        Set<String> routes = new LinkedHashSet<>();
        List<String> searches = new ArrayList<>();
        for (String category : context.routeCategories()) {
            HarmfulReplies.Explanation explanation = replies.explanation(category, language);
            blocks.add((explanation.rule() + " " + explanation.consequence()).strip());
            routes.addAll(explanation.routes());
            if (!explanation.guidance().isEmpty()) {
                searches.add(explanation.guidance());
            }
        }
        blocks.add(texts.reply("reply.harmful.routes", language) + "\n"
                + String.join("\n", routes.stream().map(route -> "- " + route).toList()));
        List<Quote> quotes = searches.isEmpty() ? List.of() : guidance(searches.getFirst(), language);
        if (!quotes.isEmpty()) {
            Draft cited = new Draft(texts.reply("reply.harmful.guidance", language), false, quotes, "");
            blocks.add(cited.text().strip());
            context.answer(cited.text(), "", cited.citedSources());
        }
        context.stopCiting(AnswerStatus.REFUSED, String.join("\n\n", blocks),
                "explained the rule for " + context.routeCategories() + " with " + quotes.size() + " quotes");
    }

    /** The guidance's best sentences for the rule, in the reply language, when they are close enough. */
    private List<Quote> guidance(String search, String language) {
        List<Source> sources = Source.numbered(guidance.passages(SearchQuery.of(search, properties.passages(),
                SearchQuery.Mode.HYBRID)).stream().filter(passage -> passage.language().startsWith(language)).toList());
        if (sources.isEmpty()) {
            return List.of();
        }
        return new EvidenceSelector(runtime.embeddings()).select(search, sources, MAX_QUOTES).stream()
                .filter(quote -> quote.score() >= properties.minRelevance()).toList();
    }
}
