package guichet.knowledge.eval;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A mean over questions with its 95% percentile-bootstrap interval (null bounds when there is no question). */
@JsonPropertyOrder({"value", "ci95_low", "ci95_high"})
public record Estimate(@JsonProperty("value") double value, @JsonProperty("ci95_low") Double low,
                       @JsonProperty("ci95_high") Double high) {

    /** The mean of the values and its interval. */
    public static Estimate of(double[] values, Bootstrap bootstrap) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        var interval = bootstrap.mean(values);
        return new Estimate(round(values.length == 0 ? 0 : sum / values.length),
                interval.map(i -> round(i.low())).orElse(null), interval.map(i -> round(i.high())).orElse(null));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
