package guichet.app.ask.pipeline.stage;

import guichet.app.ask.settings.AskProperties;
import guichet.app.ask.settings.RankBy;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.shared.evidence.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.ask.translate.QuestionTranslator;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.knowledge.GuidanceRetriever;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.search.ReciprocalRankFusion;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the official guidance passages for the question: hybrid search over every language, since
 * a question may be asked in another language than its source, ranking passages or, with
 * {@code guichet.ask.rank-by=document}, pages (ADR 29); with a model big enough to read, the question
 * translated into the guidance's other language is searched by BM25 too and the rankings fused
 * (ADR 28). No passage, no answer.
 */
@Component
public class RetrieveGuidance implements Stage {

    private static final int FUSION_K = 60;

    private final GuidanceRetriever guidance;
    private final AskProperties properties;
    private final CitizenTexts texts;
    private final QuestionTranslator translator;
    private final InferenceRuntime runtime;

    RetrieveGuidance(GuidanceRetriever guidance, AskProperties properties, CitizenTexts texts,
                     QuestionTranslator translator, InferenceRuntime runtime) {
        this.guidance = guidance;
        this.properties = properties;
        this.texts = texts;
        this.translator = translator;
        this.runtime = runtime;
    }

    /** Passages in the order they are chosen from: by page, or twice as many as wanted by passage. */
    private List<Passage> search(String text, SearchQuery.Mode mode) {
        if (properties.rankBy() == RankBy.DOCUMENT) {
            return guidance.passagesByPage(SearchQuery.of(text, properties.pages(), mode));
        }
        return guidance.passages(SearchQuery.of(text, properties.passages() * 2, mode));
    }

    /** The passages of both searches, fused by reciprocal rank: the question's own finds stay in. */
    static List<Passage> fused(List<Passage> asked, List<Passage> translated) {
        Map<String, Passage> byChunk = new HashMap<>();
        asked.forEach(p -> byChunk.putIfAbsent(p.chunkId(), p));
        translated.forEach(p -> byChunk.putIfAbsent(p.chunkId(), p));
        List<List<String>> rankings = List.of(asked.stream().map(Passage::chunkId).toList(),
                translated.stream().map(Passage::chunkId).toList());
        return ReciprocalRankFusion.fuse(rankings, List.of(1.0, 1.0), FUSION_K).stream()
                .map(f -> byChunk.get(f.item())).toList();
    }

    @Override
    public void apply(AnswerContext context) {
        List<Passage> ranked = search(context.searchQuestion(), SearchQuery.Mode.HYBRID);
        Optional<QuestionTranslator.Translation> translation = translator.translate(context.searchQuestion());
        if (translation.isPresent()) {
            context.recordModelCall(runtime.chat().info(), translation.get().result());
            context.note("also searched as: " + translation.get().text());
            // The translation brings the other language's words; the embedder already matches meaning across languages.
            ranked = fused(ranked, search(translation.get().text(), SearchQuery.Mode.BM25));
        }
        List<Passage> passages = GuidanceRetriever.diverse(ranked, properties.passages());
        if (passages.isEmpty()) {
            context.stop(AnswerStatus.UNANSWERABLE,
                    texts.reply("reply.unanswerable", CitizenTexts.replyLanguage(context.language())),
                    "no guidance passage found");
            return;
        }
        List<Source> sources = Source.numbered(passages);
        context.sources(sources);
        context.note(sources.size() + " passages; top " + sources.getFirst().documentId());
    }
}
