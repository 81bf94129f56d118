package guichet.app.knowledge;

import guichet.knowledge.DocumentHit;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.SectionsNamed;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the official guidance passages for a text: the one seam through which the answer pipeline,
 * the desk's drafts and the refusals that cite a rule search the knowledge index, so that they rank
 * and choose passages the same way (numbered as sources by {@code Source.numbered}).
 */
@Component
public class GuidanceRetriever {

    private static final int MAX_PER_DOCUMENT = 2;

    private final KnowledgeRuntime knowledge;

    GuidanceRetriever(KnowledgeRuntime knowledge) {
        this.knowledge = knowledge;
    }

    /** The passages that have the phrase in their title or headings: it names something the guidance covers. */
    public SectionsNamed sectionsNamed(String phrase, String language) {
        return knowledge.index().sectionsNamed(phrase, language);
    }

    /** The best passages, in rank order. */
    public List<Passage> passages(SearchQuery query) {
        return knowledge.index().search(query);
    }

    /**
     * Each of the best pages' best passage, pages in rank order, then their second best, and so on: the
     * first places go to several good pages and the places left to the best pages' other sections.
     */
    public List<Passage> passagesByPage(SearchQuery query) {
        return bestOfEachPageFirst(knowledge.index().searchDocuments(query));
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

    /**
     * The first passages with at most two from one page, so one long page cannot crowd out the others;
     * when fewer other pages match, the page's further passages fill the places left, since its other
     * sections then hold the rest of the answer ("how much … and how long do I have to claim?").
     */
    public static List<Passage> diverse(List<Passage> ranked, int wanted) {
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
}
