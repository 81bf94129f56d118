package guichet.app.ask.crisis;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Whose help lines a crisis reply gives, and how readily a message about to be refused is signposted.
 *
 * @param countries for each reply language, the country whose lines it gives, as {@code language:country}:
 *                  the reply comes from {@code replies/crisis/<country>/<language>.yml}. By default English
 *                  replies give the United Kingdom's lines and French ones France's; a French deployment sets
 *                  {@code guichet.ask.crisis.countries=en:fr,fr:fr} so that a visitor writing in English gets
 *                  France's numbers, in English (with a {@code replies/crisis/fr/en.yml} of its own).
 * @param beforeRefusal for a message Guichet cannot answer (no guidance answers it, or it is out of scope),
 *                      the share of each crisis category's margin its examples need: a refusal helps nobody, so
 *                      help lines before it cost little even when the crisis reading is less sure (ADR 30)
 */
@Validated
@ConfigurationProperties("guichet.ask.crisis")
public record CrisisProperties(@DefaultValue({"en:gb", "fr:fr"}) @NotEmpty List<String> countries,
                               @DefaultValue("0.6") @DecimalMin("0") @DecimalMax("1") double beforeRefusal) {

    /** The share of margin used before a refusal unless configured (see {@link #beforeRefusal}). */
    public static final double DEFAULT_BEFORE_REFUSAL = 0.6;

    public CrisisProperties {
        countries = List.copyOf(countries);
    }

    public static CrisisProperties defaults() {
        return new CrisisProperties(List.of("en:gb", "fr:fr"), DEFAULT_BEFORE_REFUSAL);
    }

    /** The country for each reply language. */
    public Map<String, String> byLanguage() {
        Map<String, String> map = new LinkedHashMap<>();
        for (String pair : countries) {
            String[] parts = pair.strip().split("\\s*:\\s*");
            if (parts.length != 2) {
                throw new IllegalStateException("guichet.ask.crisis.countries: expected language:country, got " + pair);
            }
            map.put(parts[0], parts[1]);
        }
        return map;
    }
}
