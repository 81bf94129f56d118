package guichet.app.ask.pipeline.stage;

import guichet.app.ask.AskProperties;
import guichet.app.ask.RankBy;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.text.CitizenTexts;
import guichet.app.ask.translate.QuestionTranslator;
import guichet.app.system.engine.InferenceRuntime;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.knowledge.DocumentHit;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.search.ReciprocalRankFusion;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the official guidance passages for the question: hybrid search over every language, since
 * a question may be asked in another language than its source, ranking passages or, with
 * {@code guichet.ask.rank-by=document}, pages (ADR 29); with a model big enough to read, the question
 * translated into the guidance's other language is searched by BM25 too and the rankings fused
 * (ADR 28). No passage, no answer.
 */
@Component
public class RetrieveGuidance implements Stage {

    private static final int MAX_PER_DOCUMENT = 2;
    private static final int FUSION_K = 60;

    private final KnowledgeRuntime knowledge;
    private final AskProperties properties;
    private final CitizenTexts texts;
    private final QuestionTranslator translator;
    private final InferenceRuntime runtime;

    RetrieveGuidance(KnowledgeRuntime knowledge, AskProperties properties, CitizenTexts texts,
                     QuestionTranslator translator, InferenceRuntime runtime) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.texts = texts;
        this.translator = translator;
        this.runtime = runtime;
    }

    /**
     * Passages in the order they are chosen from. By page: the best pages' best passages, then their
     * second ones, so that the first places go to several good pages and the places left to the best
     * pages' other sections. By passage: twice as many as wanted, in rank order.
     */
    private List<Passage> search(String text, SearchQuery.Mode mode) {
        if (properties.rankBy() == RankBy.DOCUMENT) {
            return bestOfEachPageFirst(knowledge.index().searchDocuments(SearchQuery.of(text, properties.pages(), mode)));
        }
        return knowledge.index().search(SearchQuery.of(text, properties.passages() * 2, mode));
    }

    /** Each page's best passage, pages in rank order, then each page's second best, and so on. */
    static List<Passage> bestOfEachPageFirst(List<DocumentHit> pages) {
        List<Passage> result = new ArrayList<>();
        int most = pages.stream().mapToInt(p -> p.passages().size()).max().orElse(0);
        for (int i = 0; i < most; i++) {
            for (DocumentHit page : pages) {
                if (i < page.passages().size()) {
                    result.add(page.passages().get(i));
                }
            }
        }
        return result;
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

    /**
     * The first passages with at most two from one page, so one long page cannot crowd out the others;
     * when fewer other pages match, the page's further passages fill the places left, since its other
     * sections then hold the rest of the answer ("how much … and how long do I have to claim?").
     */
    static List<Passage> diverse(List<Passage> ranked, int wanted) {
        Set<Passage> chosen = new HashSet<>();
        Map<String, Integer> perDocument = new HashMap<>();
        for (Passage passage : ranked) {
            if (chosen.size() < wanted && perDocument.merge(passage.documentId(), 1, Integer::sum) <= MAX_PER_DOCUMENT) {
                chosen.add(passage);
            }
        }
        for (Passage passage : ranked) {
            if (chosen.size() < wanted) {
                chosen.add(passage);
            }
        }
        return ranked.stream().filter(chosen::contains).toList();
    }

    /** A retrieved passage as the n-th source of an answer. */
    static Source source(int number, Passage passage) {
        return Source.of("S" + number, passage);
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
        List<Passage> passages = diverse(ranked, properties.passages());
        if (passages.isEmpty()) {
            context.stop(AnswerStatus.UNANSWERABLE,
                    texts.reply("reply.unanswerable", CitizenTexts.replyLanguage(context.language())),
                    "no guidance passage found");
            return;
        }
        List<Source> sources = new ArrayList<>();
        for (Passage passage : passages) {
            sources.add(source(sources.size() + 1, passage));
        }
        context.sources(sources);
        context.note(sources.size() + " passages; top " + sources.getFirst().documentId());
    }
}
