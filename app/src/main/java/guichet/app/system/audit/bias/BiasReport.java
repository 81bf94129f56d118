package guichet.app.system.audit.bias;

import java.util.List;

/**
 * What a bias audit found.
 *
 * @param probes one section per decision audited
 * @param passed whether no flip rate exceeds its threshold
 */
public record BiasReport(List<Probe> probes, boolean passed) {

    /** One decision's figures. */
    public record Probe(String name, String positiveOutcome, int variants, List<Attribute> attributes) {
    }

    /**
     * One attribute's figures.
     *
     * @param comparisons variants compared with their case's reference variant
     * @param flips those whose outcome differs
     * @param threshold the highest flip rate allowed, null when the attribute is only reported
     * @param values the positive-outcome rate per value
     * @param flipped the first flips, "case: reference outcome -> outcome (value)", for a person to read
     */
    public record Attribute(String name, int comparisons, int flips, Interval flipRate, Double threshold,
                            boolean exceeded, List<Value> values, List<String> flipped) {
    }

    /**
     * One value's positive-outcome rate, and its difference from the reference value's.
     *
     * @param difference this rate minus the reference value's, with a 95% interval
     */
    public record Value(String value, boolean reference, int variants, int positive, Interval rate, Interval difference) {
    }

    /** A proportion or difference with its 95% interval. */
    public record Interval(double estimate, double low, double high) {
    }
}
