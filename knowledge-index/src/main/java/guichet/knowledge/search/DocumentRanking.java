package guichet.knowledge.search;

import guichet.knowledge.InvalidKnowledgeSettingsException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Documents from a passage ranking: the passages are grouped by document and each document is scored
 * from its best ones, the best passage's score plus {@code nextShare} of each of the next
 * {@code passages - 1}. A page with several matching sections then goes ahead of a page that matches
 * by one sentence only, while one strong passage still outweighs many weak ones. A pure function.
 *
 * @param passages passages kept per document, best first, and counted in its score
 * @param nextShare share of each further passage's score added to the best one's (0: the best passage alone)
 */
public record DocumentRanking(int passages, double nextShare) {

    /** Chosen on the tune split of the service-public set (ADR 32). */
    public static final DocumentRanking DEFAULT = new DocumentRanking(2, 0.1);

    public DocumentRanking {
        if (passages < 1 || passages > 20) {
            throw new InvalidKnowledgeSettingsException("passages per document must be between 1 and 20, not " + passages);
        }
        if (!(nextShare >= 0 && nextShare <= 1)) {
            throw new InvalidKnowledgeSettingsException("the share of further passages must be in [0, 1], not " + nextShare);
        }
    }

    /** One document: its key, its best passages (best first) and its score. */
    public record Ranked<T>(String document, List<T> passages, double score) {
    }

    /**
     * @param ranked passages, best first
     * @param document the key of a passage's document
     * @param score a passage's score
     * @return every document once, best score first; ties keep the order of their best passages
     */
    public <T> List<Ranked<T>> rank(List<T> ranked, Function<T, String> document, ToDoubleFunction<T> score) {
        Map<String, List<T>> byDocument = new LinkedHashMap<>();
        for (T passage : ranked) {
            List<T> kept = byDocument.computeIfAbsent(document.apply(passage), d -> new ArrayList<>(passages));
            if (kept.size() < passages) {
                kept.add(passage);
            }
        }
        List<Ranked<T>> documents = new ArrayList<>(byDocument.size());
        byDocument.forEach((key, kept) -> {
            kept.sort(Comparator.comparingDouble(score).reversed());
            double total = score.applyAsDouble(kept.getFirst());
            for (T next : kept.subList(1, kept.size())) {
                total += nextShare * score.applyAsDouble(next);
            }
            documents.add(new Ranked<>(key, List.copyOf(kept), total));
        });
        documents.sort(Comparator.comparingDouble((Ranked<T> r) -> r.score()).reversed());
        return documents;
    }
}
