package guichet.app.ask.pipeline.stage;

import guichet.app.ask.AskProperties;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Source;
import guichet.app.ask.pipeline.Stage;
import guichet.app.ask.text.CitizenTexts;
import guichet.app.knowledge.KnowledgeRuntime;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the official guidance passages for the question: hybrid search over every language, since
 * a question may be asked in another language than its source. No passage, no answer.
 */
@Component
public class RetrieveGuidance implements Stage {

    private static final int MAX_PER_DOCUMENT = 2;

    private final KnowledgeRuntime knowledge;
    private final AskProperties properties;
    private final CitizenTexts texts;

    RetrieveGuidance(KnowledgeRuntime knowledge, AskProperties properties, CitizenTexts texts) {
        this.knowledge = knowledge;
        this.properties = properties;
        this.texts = texts;
    }

    /**
     * The best passages with at most two from one page, so one long page cannot crowd out the others;
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
        return new Source("S" + number, passage.chunkId(), passage.documentId(), passage.title(), passage.url(),
                passage.headingPath(), passage.text(), passage.language(), passage.score());
    }

    @Override
    public void apply(AnswerContext context) {
        List<Passage> passages = diverse(knowledge.index().search(SearchQuery.of(context.searchQuestion(),
                properties.passages() * 2, SearchQuery.Mode.HYBRID)), properties.passages());
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
