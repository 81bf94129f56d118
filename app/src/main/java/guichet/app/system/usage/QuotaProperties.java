package guichet.app.system.usage;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The site's default quotas per API key on the OpenAI API ({@code guichet.api.quotas.*}); 0 is no
 * limit. A key made with its own limits ({@code guichet keys create --tokens-per-day N}) uses those.
 */
@Validated
@ConfigurationProperties("guichet.api.quotas")
public record QuotaProperties(@DefaultValue("0") @Min(0) long requestsPerMinute,
                              @DefaultValue("0") @Min(0) long requestsPerDay,
                              @DefaultValue("0") @Min(0) long tokensPerMinute,
                              @DefaultValue("0") @Min(0) long tokensPerDay) {

    Quota quota() {
        return new Quota(requestsPerMinute, requestsPerDay, tokensPerMinute, tokensPerDay);
    }
}
