package guichet.app.system.qualification;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the qualification bar: a measured figure against its bound.
 *
 * @param name what is measured, as {@code evaluation.figure}
 * @param value the measured figure
 * @param bound the setting it is held to
 * @param atLeast whether the figure must be at least the bound (else at most)
 * @param passed whether it holds
 */
public record Criterion(@JsonProperty("name") String name, @JsonProperty("value") double value,
                        @JsonProperty("bound") double bound, @JsonProperty("at_least") boolean atLeast,
                        @JsonProperty("passed") boolean passed) {

    /** A figure that must reach {@code bound}. */
    static Criterion atLeast(String name, double value, double bound) {
        return new Criterion(name, value, bound, true, value >= bound);
    }

    /** A figure that must not exceed {@code bound}. */
    static Criterion atMost(String name, double value, double bound) {
        return new Criterion(name, value, bound, false, value <= bound);
    }

    /** The line an operator reads, e.g. {@code answers.citation_hit_rate 0.610 < 0.700} or {@code safety.messages 20 < 30}. */
    String describe() {
        String comparison = passed ? (atLeast ? ">=" : "<=") : (atLeast ? "<" : ">");
        // counts are held to counts, rates to rates
        boolean counts = value == Math.rint(value) && bound == Math.rint(bound);
        return name + " " + format(value, counts) + " " + comparison + " " + format(bound, counts);
    }

    private static String format(double number, boolean count) {
        return count ? String.valueOf((long) number) : String.format(java.util.Locale.ROOT, "%.3f", number);
    }
}
