package guichet.app.shared.evidence;

import guichet.knowledge.search.ReciprocalRankFusion;
import guichet.inference.EmbeddingModel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Picks the decisive sentences of the retrieved guidance, the way retrieval ranks passages: each
 * candidate sentence is ranked by meaning (the multilingual embedder, which also matches across
 * languages, reading the sentence after its page title and headings, since a sentence alone rarely
 * says what it is about) and by shared content words (weighted by rarity among the candidates), the
 * two rankings fused by reciprocal rank, with a small preference for sentences holding the kind of
 * figure asked for and for those about the asker's age band when they state their age (ADR 7, ADR 19). The facts of an answer come from these quotes, verbatim, never
 * from the chat model's memory.
 */
public final class EvidenceSelector {

    private static final int SENTENCES_PER_SOURCE = 16;
    // Reciprocal rank fusion's constant: small, as a few dozen candidate sentences are ranked, not thousands.
    private static final int FUSION_K = 10;
    private static final int EXCERPT_CHARACTERS = 420;
    // A question asking several things gets one more quote per extra part, up to this many in all.
    private static final int MAX_QUOTES = 6;
    // On the fused scale (reciprocal ranks, k = 10): a small preference for better-ranked passages.
    private static final double RANK_PRIOR = 0.0005;
    // Answer-type match: a question asking "how much" wants a sentence with an amount, "how long" a duration.
    private static final double ANSWER_TYPE_BONUS = 0.02;
    // The asker's age: a sentence about their age band is preferred, one about other bands only is not.
    private static final double AGE_BAND_BONUS = 0.02;
    private final EmbeddingModel embeddings;

    public EvidenceSelector(EmbeddingModel embeddings) {
        this.embeddings = embeddings;
    }

    /** The best {@code count} quotes, best first; empty when the sources have no quotable sentence. */
    public List<Quote> select(String question, List<Source> sources, int count) {
        return select(question, sources, count, false).quotes();
    }

    /**
     * Like {@link #select(String, List, int)}, and when the question asks several things, the best quote
     * for each of them too: one more quote per extra part asked.
     */
    public List<Quote> selectForEachPart(String question, List<Source> sources, int count) {
        return select(question, sources, count, true).quotes();
    }

    /**
     * The quotes of {@link #selectForEachPart}, and behind them the next best candidates up to
     * {@code candidates} in all, for a reader that chooses among them (the quotes come first, in the same order).
     */
    public Evidence selectWithCandidates(String question, List<Source> sources, int count, int candidates) {
        return select(question, sources, count, true, candidates);
    }

    /**
     * What the selector found.
     *
     * @param quotes the quotes an answer without a reader shows, best first
     * @param candidates those quotes followed by the next best sentences
     */
    public record Evidence(List<Quote> quotes, List<Quote> candidates) {

        public Evidence {
            quotes = List.copyOf(quotes);
            candidates = List.copyOf(candidates);
        }
    }

    private Evidence select(String question, List<Source> sources, int count, boolean eachPart) {
        return select(question, sources, count, eachPart, 0);
    }

    private Evidence select(String question, List<Source> sources, int count, boolean eachPart, int candidateCount) {
        List<Candidate> candidates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int rank = 0; rank < sources.size(); rank++) {
            Source source = sources.get(rank);
            List<Sentences.Sentence> sentences = Sentences.inBlocks(source.text(), source.language());
            for (int i = 0; i < Math.min(SENTENCES_PER_SOURCE, sentences.size()); i++) {
                // Overlapping chunks repeat sentences: each is scored once, for its best-ranked source.
                if (seen.add(sentences.get(i).text())) {
                    candidates.add(new Candidate(source, sentences.get(i).text(), rank, excerpt(sentences, i)));
                }
            }
        }
        if (candidates.isEmpty()) {
            return new Evidence(List.of(), List.of());
        }
        List<float[]> vectors = embeddings.embedPassages(candidates.stream()
                .map(candidate -> inContext(candidate.source(), candidate.sentence())).toList());
        OptionalInt age = AgeMatch.askerAge(question);
        Ranking whole = rank(question, candidates, vectors, sources.size(), null, age);
        List<String> parts = eachPart ? QuestionParts.of(question) : List.of(question);
        if (parts.size() == 1) {
            List<Quote> quotes = pick(whole.order(), new ArrayList<>(), count);
            return new Evidence(quotes, pick(whole.order(), new ArrayList<>(quotes), candidateCount));
        }
        // A question asking several things: the best quote for the whole question, then each part's
        // best, each part read alongside the whole so that "and how long is it paid for?" keeps its topic.
        List<Quote> chosen = pick(whole.order(), new ArrayList<>(), 1);
        for (String part : parts) {
            pick(rank(part, candidates, vectors, sources.size(), whole, age).order(), chosen, chosen.size() + 1);
        }
        List<Quote> quotes = pick(whole.order(), chosen, Math.min(MAX_QUOTES, count + parts.size() - 1));
        return new Evidence(quotes, pick(whole.order(), new ArrayList<>(quotes), candidateCount));
    }

    /** The candidates scored for a question, best first; with {@code alongside}, fused with its ranking too. */
    private Ranking rank(String question, List<Candidate> candidates, List<float[]> vectors, int sourceCount,
                         Ranking alongside, OptionalInt age) {
        float[] query = embeddings.embedQuery(question);
        double[] dense = new double[candidates.size()];
        for (int i = 0; i < candidates.size(); i++) {
            dense[i] = dot(query, vectors.get(i));
        }
        double[] lexical = LexicalOverlap.scores(question, candidates.stream().map(Candidate::sentence).toList(),
                candidates.stream().map(c -> c.source().language()).toList());
        double[] fused = alongside == null ? ReciprocalRankFusion.fuseScores(FUSION_K, dense, lexical)
                : ReciprocalRankFusion.fuseScores(FUSION_K, dense, lexical, alongside.dense(), alongside.lexical());
        boolean wantsAmount = AnswerKinds.wantsAmount(question);
        boolean wantsDuration = AnswerKinds.wantsDuration(question);
        boolean wantsPhone = AnswerKinds.wantsPhoneNumber(question);
        List<Quote> scored = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate candidate = candidates.get(i);
            String sentence = candidate.sentence();
            boolean typeMatch = wantsAmount && AnswerKinds.hasAmount(sentence)
                    || wantsDuration && AnswerKinds.hasDuration(sentence)
                    || wantsPhone && AnswerKinds.hasPhoneNumber(sentence);
            double order = fused[i] + RANK_PRIOR * (sourceCount - candidate.rank()) + (typeMatch ? ANSWER_TYPE_BONUS : 0)
                    + ageBonus(sentence, age);
            // The relevance gate reads the similarity to the whole question, whichever part chose the quote.
            double score = alongside == null ? dense[i] : alongside.dense()[i];
            scored.add(new Quote(candidate.source(), candidate.excerpt(), score, order));
        }
        scored.sort(Comparator.comparingDouble(Quote::order).reversed());
        return new Ranking(dense, lexical, scored);
    }

    private static double ageBonus(String sentence, OptionalInt age) {
        if (age.isEmpty()) {
            return 0;
        }
        return switch (AgeMatch.fit(sentence, age.getAsInt())) {
            case FITS -> AGE_BAND_BONUS;
            case OTHER_BANDS -> -AGE_BAND_BONUS;
            case NO_BANDS -> 0;
        };
    }

    /** Adds quotes in the given order, skipping any that repeats a chosen one, until {@code count} are chosen. */
    private static List<Quote> pick(List<Quote> order, List<Quote> chosen, int count) {
        for (Quote quote : order) {
            if (chosen.size() >= count) {
                break;
            }
            if (chosen.stream().noneMatch(c -> c.sentence().contains(quote.sentence()) || quote.sentence().contains(c.sentence()))) {
                chosen.add(quote);
            }
        }
        return chosen;
    }

    /** The sentence after its page title and headings: "Guardian's Allowance — What you'll get: You get …". */
    static String inContext(Source source, String sentence) {
        StringBuilder text = new StringBuilder(source.title());
        for (String heading : source.headingPath()) {
            if (!heading.equals(source.title())) {
                text.append(" — ").append(heading);
            }
        }
        return text.append(": ").append(sentence).toString();
    }

    private static double dot(float[] a, float[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /**
     * The sentence with its block neighbours, within a budget: a list's introducing line and its
     * items, or the rest of a short paragraph, so a figure is quoted with what it belongs to.
     */
    static String excerpt(List<Sentences.Sentence> sentences, int index) {
        int block = sentences.get(index).block();
        int first = index;
        int last = index;
        int length = sentences.get(index).text().length();
        boolean grew = true;
        while (grew) {
            grew = false;
            if (first > 0 && sentences.get(first - 1).block() == block
                    && length + sentences.get(first - 1).text().length() <= EXCERPT_CHARACTERS) {
                length += sentences.get(--first).text().length();
                grew = true;
            }
            if (last + 1 < sentences.size() && sentences.get(last + 1).block() == block
                    && length + sentences.get(last + 1).text().length() <= EXCERPT_CHARACTERS) {
                length += sentences.get(++last).text().length();
                grew = true;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int i = first; i <= last; i++) {
            text.append(i == first ? "" : " ").append(sentences.get(i).text());
        }
        return text.toString();
    }

    private record Ranking(double[] dense, double[] lexical, List<Quote> order) {
    }

    private record Candidate(Source source, String sentence, int rank, String excerpt) {
    }
}
