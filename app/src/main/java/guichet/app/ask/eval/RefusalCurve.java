package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the relevance gate ({@code guichet.ask.min-relevance}) would do at each threshold, simulated
 * exactly from one run with the gate open: each question keeps its status unless its relevance is
 * below the threshold, then it is refused ({@link AnswerOutcome#atThreshold}).
 */
public final class RefusalCurve {

    static final double FROM = 0.80;
    static final double TO = 0.95;
    static final double STEP = 0.005;

    private RefusalCurve() {
    }

    /**
     * One threshold of the curve.
     *
     * @param configured the threshold is the configured {@code guichet.ask.min-relevance}
     * @param answered questions answered, answerable or not
     * @param answeredCorrect answerable questions answered strictly correctly
     * @param correctRefusals questions that must not be answered and were not
     * @param answerableRefused answerable questions not answered
     */
    public record Point(@JsonProperty("threshold") double threshold,
                       @JsonProperty("configured") boolean configured,
                       @JsonProperty("answered") long answered,
                       @JsonProperty("answered_correct") long answeredCorrect,
                       @JsonProperty("answerable") long answerable,
                       @JsonProperty("not_answerable") long notAnswerable,
                       @JsonProperty("correct_refusals") long correctRefusals,
                       @JsonProperty("answerable_refused") long answerableRefused) {

        /** Strictly correct answers over all answers, including answers to questions that must not be answered. */
        @JsonProperty("precision")
        public Double precision() {
            return answered == 0 ? null : Figure.round((double) answeredCorrect / answered);
        }

        /** Strictly correct answers over answerable questions. */
        @JsonProperty("recall")
        public Double recall() {
            return answerable == 0 ? null : Figure.round((double) answeredCorrect / answerable);
        }
    }

    /** The thresholds 0.800, 0.805 … 0.950, and the configured one where it falls between them. */
    static List<Double> thresholds(double configured) {
        TreeSet<Double> thresholds = new TreeSet<>();
        int steps = (int) Math.round((TO - FROM) / STEP);
        for (int i = 0; i <= steps; i++) {
            // Rounded to the step's precision, so that 0.89 is 0.89 and not 0.8900000000000001.
            thresholds.add(Math.round((FROM + i * STEP) * 1000) / 1000.0);
        }
        thresholds.add(configured);
        return List.copyOf(thresholds);
    }

    /** The curve over outcomes of a run with the gate open. */
    public static List<Point> of(List<AnswerOutcome> gateOpen, double configured) {
        List<Point> points = new ArrayList<>();
        for (double threshold : thresholds(configured)) {
            points.add(at(gateOpen, threshold, threshold == configured));
        }
        return points;
    }

    static Point at(List<AnswerOutcome> gateOpen, double threshold, boolean configured) {
        List<AnswerOutcome> simulated = gateOpen.stream().map(o -> o.atThreshold(threshold)).toList();
        return new Point(threshold, configured,
                simulated.stream().filter(AnswerOutcome::answered).count(),
                count(Measure.STRICT_CORRECT, simulated),
                simulated.stream().filter(AnswerOutcome::answerable).count(),
                simulated.stream().filter(o -> !o.answerable()).count(),
                count(Measure.CORRECT_REFUSALS, simulated),
                count(Measure.ANSWERABLE_REFUSED, simulated));
    }

    private static long count(Measure measure, List<AnswerOutcome> outcomes) {
        return outcomes.stream().mapToLong(measure::count).sum();
    }
}
