package guichet.app.ask.eval;

import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.pipeline.AnswerPipeline;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import guichet.inference.TokenSink;
import guichet.knowledge.eval.Bootstrap;

import java.util.ArrayList;
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
 *
 * <p>The questions are asked with the relevance gate open, each answer recording the score the gate
 * read; the figures at the configured threshold, and at every threshold of the refusal curve, are then
 * simulated from that one run. The gate is the last decision that reads the threshold (the output
 * guardrail after it does not), so the simulation gives what a run at that threshold would give.
 */
public final class AnswerEvaluation {

    /** The split the refusal curve is read on: thresholds are chosen there and checked on validate. */
    public static final String CURVE_SPLIT = "tune";

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F]+");

    private final AnswerPipeline pipeline;
    private final double minRelevance;

    /**
     * @param pipeline the answer pipeline, as the assistant runs it
     * @param minRelevance the configured relevance threshold ({@code guichet.ask.min-relevance})
     */
    public AnswerEvaluation(AnswerPipeline pipeline, double minRelevance) {
        this.pipeline = pipeline;
        this.minRelevance = minRelevance;
    }

    /** Asks every question with the gate open; {@code progress} gets each outcome as it comes (gate open). */
    public AnswerEvaluationReport run(List<AnswerCase> cases, String model, String embeddingModel,
                                      Consumer<AnswerOutcome> progress) {
        List<AnswerOutcome> outcomes = new ArrayList<>();
        for (AnswerCase question : cases) {
            long start = System.nanoTime();
            AnswerContext context = new AnswerContext("evaluation", question.question(), question.language(), List.of(),
                    TokenSink.NONE);
            context.minRelevance(Double.NEGATIVE_INFINITY);
            Answer answer = pipeline.run(context);
            AnswerOutcome outcome = score(question, answer, (System.nanoTime() - start) / 1_000_000);
            outcomes.add(outcome);
            progress.accept(outcome);
        }
        return report(outcomes, minRelevance, model, embeddingModel);
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
        boolean answered = answered(answer.status());
        Boolean refusalCorrect = question.answerable() ? null : !answered;
        return new AnswerOutcome(question.id(), question.question(), question.kind(), question.language(),
                question.type(), question.split(), question.answerable(), answer.status().wireName(), answered, cited, hit,
                found, missing, answered && hit && missing.isEmpty(), refusalCorrect,
                answer.relevance().isPresent() ? answer.relevance().getAsDouble() : null, millis, answer.text(),
                answer.trace().stream().map(t -> t.stage() + ":" + t.outcome() + (t.detail().isEmpty() ? "" : " (" + t.detail() + ")"))
                        .toList());
    }

    /** The answered family, and a "partly answered" status should one appear: both give the citizen an answer. */
    static boolean answered(AnswerStatus status) {
        return status.family() == AnswerStatus.Family.ANSWERED || status.wireName().startsWith("part");
    }

    /** The report at the configured threshold, from outcomes of a run with the gate open. */
    static AnswerEvaluationReport report(List<AnswerOutcome> gateOpen, double minRelevance, String model,
                                         String embeddingModel) {
        List<AnswerOutcome> outcomes = gateOpen.stream().map(o -> o.atThreshold(minRelevance)).toList();
        List<SplitFigures> splits = SplitFigures.perSplit(outcomes, Bootstrap.STANDARD);
        SplitFigures all = splits.getLast();
        Map<String, Long> statuses = new TreeMap<>();
        outcomes.forEach(o -> statuses.merge(o.status(), 1L, Long::sum));
        String gate = String.format(Locale.ROOT, "figures at min-relevance %.3f, simulated from one run with the relevance "
                + "gate open: a question whose relevance is below the threshold is refused, any other keeps its status",
                minRelevance);
        return new AnswerEvaluationReport(model, embeddingModel, rate(all.citationHit()), rate(all.keyFactCoverage()),
                rate(all.correctRefusals()), all.answerable() == 0 ? 0 : Figure.round(1 - rate(all.answerableRefused())),
                all.latencyP50(), all.latencyP95(), statuses, minRelevance, gate, splits, CURVE_SPLIT,
                RefusalCurve.of(gateOpen.stream().filter(o -> o.split().equals(CURVE_SPLIT)).toList(), minRelevance),
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

    /** The rate, or 0 when no question is concerned (the older top-level fields). */
    private static double rate(Figure figure) {
        return figure.rate() == null ? 0 : figure.rate();
    }
}
