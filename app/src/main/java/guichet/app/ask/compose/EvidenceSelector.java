package guichet.app.ask.compose;

import guichet.app.ask.pipeline.Source;
import guichet.inference.EmbeddingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Picks the decisive sentences of the retrieved guidance: each candidate sentence is embedded and
 * compared with the question (the multilingual embedder also matches across languages). The facts
 * of an answer come from these quotes, verbatim, never from the chat model's memory.
 */
public final class EvidenceSelector {

    private static final int SOURCES_READ = 3;
    private static final int SENTENCES_PER_SOURCE = 14;
    private static final double RANK_PRIOR = 0.004;
    private static final double FIGURE_BONUS = 0.015;
    private static final Pattern ASKS_FOR_FIGURE = Pattern.compile(
            "\\b(how much|how many|how long|when|what age|how old|rate|amount|combien|quel montant|quelle durée|"
                    + "quand|à partir de quel|quel âge|délai|taux|montant)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern HAS_FIGURE = Pattern.compile("\\d");

    private final EmbeddingModel embeddings;

    public EvidenceSelector(EmbeddingModel embeddings) {
        this.embeddings = embeddings;
    }

    /** The best {@code count} quotes, best first; empty when the sources have no quotable sentence. */
    public List<Quote> select(String question, List<Source> sources, int count) {
        List<Candidate> candidates = new ArrayList<>();
        for (int rank = 0; rank < Math.min(SOURCES_READ, sources.size()); rank++) {
            Source source = sources.get(rank);
            List<String> sentences = Sentences.of(source.text(), source.language());
            for (String sentence : sentences.subList(0, Math.min(SENTENCES_PER_SOURCE, sentences.size()))) {
                candidates.add(new Candidate(source, sentence, rank));
            }
        }
        if (candidates.isEmpty()) {
            return List.of();
        }
        float[] query = embeddings.embedQuery(question);
        List<float[]> vectors = embeddings.embedPassages(candidates.stream().map(Candidate::sentence).toList());
        boolean wantsFigure = ASKS_FOR_FIGURE.matcher(question.toLowerCase(Locale.ROOT)).find();
        List<Quote> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            double score = dot(query, vectors.get(i)) + RANK_PRIOR * (SOURCES_READ - candidate.rank())
                    + (wantsFigure && HAS_FIGURE.matcher(candidate.sentence()).find() ? FIGURE_BONUS : 0);
            scored.add(new Quote(candidate.source(), candidate.sentence(), score));
        }
        scored.sort(Comparator.comparingDouble(Quote::score).reversed());
        List<Quote> chosen = new ArrayList<>();
        for (Quote quote : scored) {
            if (chosen.size() == count) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.sentence().equals(quote.sentence()))) {
                chosen.add(quote);
            }
        }
        return chosen;
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private record Candidate(Source source, String sentence, int rank) {
    }
}
