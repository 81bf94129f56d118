package guichet.app.employment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the employment journey.
 *
 * @param reader how facts are read from what citizens write beyond the patterns
 */
@Validated
@ConfigurationProperties("guichet.employment")
public record EmploymentProperties(@DefaultValue @Valid Reader reader) {

    /**
     * @param withModel let a chat model propose the facts the patterns did not read (each kept only when the
     *                  citizen's words support it, and read back before a result rests on it)
     * @param minParameters the least model size (parameters) asked: SmolLM2-135M invents facts and copies
     *                      words badly, so smaller models are not asked and the patterns read alone; a remote
     *                      pool of unknown size (0) is asked, its operator chose it
     * @param maxTokens most tokens the model may write
     */
    public record Reader(@DefaultValue("true") boolean withModel,
                         @DefaultValue("400000000") @Min(0) long minParameters,
                         @DefaultValue("200") @Min(16) int maxTokens) {
    }
}
