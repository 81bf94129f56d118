package guichet.app.ask.eval;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import guichet.inference.TokenSink;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Asks each question of a development set through the whole answer pipeline (nothing stored) and
 * scores it: is a cited page among the expected ones, which key facts does the answer contain
 * verbatim, was an unanswerable question (out of scope, crisis, manipulation) correctly not answered.
 */
public final class AnswerEvaluation {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final AnswerPipeline pipeline;

    public AnswerEvaluation(AnswerPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public AnswerEvaluationReport run(List<AnswerCase> cases, String model, String embeddingModel,
                                      Consumer<AnswerOutcome> progress) {
        List<AnswerOutcome> outcomes = new ArrayList<>();
        for (AnswerCase question : cases) {
            String language = question.kind().equals("fr") ? "fr" : "en";
            long start = System.nanoTime();
            Answer answer = pipeline.run(new AnswerContext("evaluation", question.question(), language, List.of(),
                    TokenSink.NONE));
            AnswerOutcome outcome = score(question, answer, (System.nanoTime() - start) / 1_000_000);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return report(outcomes, model, embeddingModel);
    }

    static AnswerOutcome score(AnswerCase question, Answer answer, long millis) {
        List<String> cited = answer.citations().stream().map(Citation::documentId).distinct().toList();
        boolean hit = cited.stream().anyMatch(question.expectedPaths()::contains);
        String text = normalise(answer.text());
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String fact : question.keyFacts()) {
            (text.contains(normalise(fact)) ? found : missing).add(fact);
        }
        Boolean refusalCorrect = question.answerable() ? null : answer.status() != AnswerStatus.ANSWERED;
        return new AnswerOutcome(question.question(), question.kind(), question.answerable(), answer.status().wireName(),
                cited, hit, found, missing, refusalCorrect, millis, answer.text(),
                answer.trace().stream().map(t -> t.stage() + ":" + t.outcome() + (t.detail().isEmpty() ? "" : " (" + t.detail() + ")"))
                        .toList());
    }

    static AnswerEvaluationReport report(List<AnswerOutcome> outcomes, String model, String embeddingModel) {
        List<AnswerOutcome> answerable = outcomes.stream().filter(AnswerOutcome::answerable).toList();
        List<AnswerOutcome> refusals = outcomes.stream().filter(o -> !o.answerable()).toList();
        double hitRate = rate(answerable.stream().filter(AnswerOutcome::citationHit).count(), answerable.size());
        long factsFound = answerable.stream().mapToLong(o -> o.keyFactsFound().size()).sum();
        long factsTotal = answerable.stream().mapToLong(o -> o.keyFactsFound().size() + o.keyFactsMissing().size()).sum();
        double refusal = rate(refusals.stream().filter(o -> Boolean.TRUE.equals(o.refusalCorrect())).count(),
                refusals.size());
        double answered = rate(answerable.stream().filter(o -> o.status().equals("answered")).count(), answerable.size());
        List<Long> latencies = new ArrayList<>(outcomes.stream().map(AnswerOutcome::latencyMillis).toList());
        Collections.sort(latencies);
        Map<String, Long> statuses = new TreeMap<>();
        outcomes.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
        return new AnswerEvaluationReport(model, embeddingModel, round(hitRate), round(rate(factsFound, factsTotal)),
                round(refusal), round(answered), percentile(latencies, 0.50), percentile(latencies, 0.95), statuses,
                outcomes);
    }

    /**
     * Whitespace, letter case, the space French puts before % and €, "euros" for "€" and small number
     * words ("quatre mois" = "4 mois") do not make a fact different.
     */
    static String normalise(String text) {
        String spaced = SPACES.matcher(text).replaceAll(" ").toLowerCase(Locale.ROOT);
        String units = spaced.replaceAll(" ?(%|€)", "$1").replaceAll("(\\d) ?euros?\\b", "$1€");
        StringBuilder out = new StringBuilder();
        for (String word : units.split(" ", -1)) {
            out.append(out.isEmpty() ? "" : " ").append(NUMBER_WORDS.getOrDefault(word, word));
        }
        return out.toString();
    }

    private static final Map<String, String> NUMBER_WORDS = Map.ofEntries(
            Map.entry("one", "1"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("twelve", "12"), Map.entry("un", "1"),
            Map.entry("deux", "2"), Map.entry("trois", "3"), Map.entry("quatre", "4"), Map.entry("cinq", "5"),
            Map.entry("sept", "7"), Map.entry("huit", "8"), Map.entry("neuf", "9"),
            Map.entry("dix", "10"), Map.entry("douze", "12"));

    private static double rate(long count, long total) {
        return total == 0 ? 0 : (double) count / total;
    }

    private static long percentile(List<Long> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
