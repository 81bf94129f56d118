package guichet.app.system.usage;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Checks an API key's quotas before a request runs: requests and tokens in the current minute and the
 * current day (UTC), from the usage in the database, so that every instance sees the same totals. Tokens
 * are known only once a request ends: the request that crosses a token limit is served, the next is refused.
 */
@Component
public class UsageQuotas {

    private final ModelUsage usage;
    private final KeyQuotas keyQuotas;
    private final Quota site;
    private final Clock clock;

    UsageQuotas(ModelUsage usage, KeyQuotas keyQuotas, QuotaProperties properties, Clock clock) {
        this.usage = usage;
        this.keyQuotas = keyQuotas;
        this.site = properties.quota();
        this.clock = clock;
    }

    /** @throws QuotaExceededException when the key has used a limit of the current minute or day */
    public void check(String keyId) {
        Quota quota = keyQuotas.of(keyId).over(site);
        Instant now = clock.instant();
        Instant minute = now.truncatedTo(ChronoUnit.MINUTES);
        Instant day = now.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS).toInstant();
        if (limited(quota.requestsPerMinute()) || limited(quota.tokensPerMinute())) {
            check(usage.spentSince(keyId, minute), quota.requestsPerMinute(), quota.tokensPerMinute(), "minute",
                    Duration.between(now, minute.plus(1, ChronoUnit.MINUTES)));
        }
        if (limited(quota.requestsPerDay()) || limited(quota.tokensPerDay())) {
            check(usage.spentSince(keyId, day), quota.requestsPerDay(), quota.tokensPerDay(), "day",
                    Duration.between(now, day.plus(1, ChronoUnit.DAYS)));
        }
    }

    private static void check(ModelUsage.Spent spent, Long requests, Long tokens, String window, Duration untilNext) {
        if (limited(requests) && spent.requests() >= requests) {
            throw new QuotaExceededException("requests for this " + window + " (" + requests + ")", untilNext);
        }
        if (limited(tokens) && spent.tokens() >= tokens) {
            throw new QuotaExceededException("tokens for this " + window + " (" + tokens + ")", untilNext);
        }
    }

    private static boolean limited(Long limit) {
        return limit != null && limit > 0;
    }

    /** Where a key's own quota is read: the API keys. */
    public interface KeyQuotas {

        /** The key's own limits ({@link Quota#DEFAULTS} for a key without any). */
        Quota of(String keyId);
    }
}
