package guichet.app.employment.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.Arrays;
import java.util.Optional;

/**
 * {@code count} of {@code total} over a group of scenarios, the rate and its 95% percentile-bootstrap
 * interval over scenarios ({@link Bootstrap#STANDARD}); rate and interval are null when no scenario of
 * the group is concerned.
 */
public record Rate(@JsonProperty("count") long count,
                   @JsonProperty("total") long total,
                   @JsonProperty("rate") Double rate,
                   @JsonProperty("ci95_low") Double low,
                   @JsonProperty("ci95_high") Double high) {

    /** Scenario {@code i} adds {@code counts[i]} of {@code totals[i]}. */
    static Rate of(long[] counts, long[] totals) {
        long count = Arrays.stream(counts).sum();
        long total = Arrays.stream(totals).sum();
        if (total == 0) {
            return new Rate(0, 0, null, null, null);
        }
        Optional<Bootstrap.Interval> interval = Bootstrap.STANDARD.ratio(counts, totals);
        return new Rate(count, total, round((double) count / total), interval.map(i -> round(i.low())).orElse(null),
                interval.map(i -> round(i.high())).orElse(null));
    }

    /** "0.750 [0.610, 0.870] (30/40)", or "-" when nothing was concerned. */
    String text() {
        if (rate == null) {
            return "-";
        }
        return String.format(java.util.Locale.ROOT, "%.3f [%.3f, %.3f] (%d/%d)", rate, low, high, count, total);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
