package guichet.app.system.audit.bias;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * Thresholds of the bias audit.
 *
 * @param maxFlipRate per "probe.attribute" ("triage.name"), the highest share of variants whose outcome may differ
 *                    from their case's reference variant; an attribute without a threshold is reported, not judged
 *                    (a disability or caring mention may rightly make a letter urgent)
 */
@ConfigurationProperties("guichet.audit.bias")
public record BiasProperties(Map<String, Double> maxFlipRate) {

    public BiasProperties {
        maxFlipRate = maxFlipRate == null ? Map.of() : Map.copyOf(maxFlipRate);
    }
}
