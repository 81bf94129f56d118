package guichet.app.system.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Who may use Guichet, and how much.
 *
 * @param session the anonymous citizen session cookie
 * @param rateLimit requests allowed per client
 */
@Validated
@ConfigurationProperties("guichet.security")
public record AccessProperties(@Valid @DefaultValue Session session, @Valid @DefaultValue RateLimit rateLimit) {

    /**
     * The signed cookie that identifies an anonymous citizen's conversations.
     *
     * @param cookieName the cookie's name
     * @param secret the HMAC key (at least 32 characters), e.g. from {@code GUICHET_SECURITY_SESSION_SECRET};
     *               when absent one is generated once and kept in {@code <guichet.home>/secrets/session-key}
     * @param maxAge how long the browser keeps the cookie
     * @param accountCookieName the cookie that says which account signed in (same key, another prefix)
     * @param accountMaxAge how long a sign-in lasts
     */
    public record Session(@DefaultValue("guichet_session") @NotBlank String cookieName, String secret,
                          @DefaultValue("90d") Duration maxAge,
                          @DefaultValue("guichet_account") @NotBlank String accountCookieName,
                          @DefaultValue("30d") Duration accountMaxAge) {

        @org.springframework.boot.context.properties.bind.ConstructorBinding
        public Session {
        }

        /** Anonymous sessions only, with the default account cookie. */
        public Session(String cookieName, String secret, Duration maxAge) {
            this(cookieName, secret, maxAge, "guichet_account", Duration.ofDays(30));
        }
    }

    /**
     * Token buckets per client: each allows {@code n} requests per {@code period}, refilled smoothly.
     * Counted: every request to {@code /api/**} and {@code /v1/**}, and every form post.
     *
     * @param enabled off for a closed pilot
     * @param period the refill period of every bucket
     * @param citizen requests per period for one citizen session
     * @param apiClient requests per period for one API key
     * @param newSessionsPerAddress citizen sessions one network address may start per period
     *                              (without it, dropping the cookie would escape the citizen limit)
     */
    public record RateLimit(@DefaultValue("true") boolean enabled, @DefaultValue("1m") Duration period,
                            @DefaultValue("30") @Min(1) long citizen, @DefaultValue("300") @Min(1) long apiClient,
                            @DefaultValue("60") @Min(1) long newSessionsPerAddress) {
    }
}
