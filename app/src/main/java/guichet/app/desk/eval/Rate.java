package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.knowledge.eval.Bootstrap;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * One rate over a group of messages: {@code count} of {@code total}, the rate and its 95% percentile
 * bootstrap interval (the messages drawn again, {@link Bootstrap#STANDARD}); rate and interval are null
 * when no message of the group is concerned (no urgent message: no recall).
 */
public record Rate(@JsonProperty("count") long count,
                   @JsonProperty("total") long total,
                   @JsonProperty("rate") Double rate,
                   @JsonProperty("ci95_low") Double low,
                   @JsonProperty("ci95_high") Double high) {

    /** The rate of {@code sum(count) / sum(total)} over the outcomes, each adding 0 or 1 to each. */
    static Rate of(List<TriageOutcome> outcomes, ToLongFunction<TriageOutcome> count, ToLongFunction<TriageOutcome> total,
                   Bootstrap bootstrap) {
        long[] counts = outcomes.stream().mapToLong(count).toArray();
        long[] totals = outcomes.stream().mapToLong(total).toArray();
        long counted = Arrays.stream(counts).sum();
        long concerned = Arrays.stream(totals).sum();
        if (concerned == 0) {
            return new Rate(0, 0, null, null, null);
        }
        Optional<Bootstrap.Interval> interval = bootstrap.ratio(counts, totals);
        return new Rate(counted, concerned, round((double) counted / concerned),
                interval.map(i -> round(i.low())).orElse(null), interval.map(i -> round(i.high())).orElse(null));
    }

    /** "0.933 [0.87–0.98] 42/45", or "–" when nothing is concerned. */
    String describe() {
        if (rate == null) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.3f [%.2f–%.2f] %d/%d", rate, low, high, count, total);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
