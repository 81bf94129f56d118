package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * One figure over a group of questions: {@code count} of {@code total}, the rate, and its 95% bootstrap
 * interval; rate and interval are null when no question of the group is concerned.
 */
public record Figure(@JsonProperty("count") long count,
                     @JsonProperty("total") long total,
                     @JsonProperty("rate") Double rate,
                     @JsonProperty("ci95_low") Double low,
                     @JsonProperty("ci95_high") Double high) {

    /** The measure over these outcomes, with its interval. */
    public static Figure of(Measure measure, List<AnswerOutcome> outcomes, Bootstrap bootstrap) {
        long[] counts = outcomes.stream().mapToLong(measure::count).toArray();
        long[] totals = outcomes.stream().mapToLong(measure::total).toArray();
        long count = Arrays.stream(counts).sum();
        long total = Arrays.stream(totals).sum();
        if (total == 0) {
            return new Figure(0, 0, null, null, null);
        }
        Optional<Bootstrap.Interval> interval = bootstrap.ratio(counts, totals);
        return new Figure(count, total, round((double) count / total),
                interval.map(i -> round(i.low())).orElse(null), interval.map(i -> round(i.high())).orElse(null));
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
