package guichet.app.ask.routing;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the router's nearest-example classifier decides.
 *
 * @param neighbours a label's score is the mean similarity of the question to its this-many closest examples
 * @param margin how far a label must score above the fallback label to be chosen, unless the label
 *               sets its own in {@code routing/labels.json}; below it the question is answered
 *               (retrieval and "no source, no answer" handle the rest). e5 scores of unrelated texts
 *               sit around 0.75-0.80, so only differences between labels mean anything.
 */
@Validated
@ConfigurationProperties("guichet.ask.routing")
public record RoutingProperties(@DefaultValue("3") @Min(1) int neighbours,
                                @DefaultValue("0.025") @DecimalMin("0.0") double margin) {

    public static RoutingProperties defaults() {
        return new RoutingProperties(3, 0.025);
    }
}
