package guichet.app.system.qualification;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.Map;

/**
 * The bar a chat model must clear on the qualification sets before {@code serve} runs it (the Pilot stage).
 *
 * @param split the split of the sets that is scored: the one nobody tuned on
 * @param minCases the fewest cases each evaluation must score for the report to pass
 * @param bounds the bound of each judged figure, by {@code evaluation.figure} (a minimum or a maximum as the figure
 *               says); a figure without a bound is reported, not judged
 */
@Validated
@ConfigurationProperties("guichet.models.qualification")
public record QualificationProperties(@DefaultValue("validate") @NotBlank String split,
                                      @DefaultValue("30") @Min(1) int minCases,
                                      Map<String, Double> bounds) {

    public QualificationProperties {
        bounds = bounds == null ? Map.of() : Map.copyOf(bounds);
    }
}
