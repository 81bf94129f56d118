package guichet.app.employment.account;

import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

/**
 * The OpenID Connect provider citizens sign in with (GOV.UK One Login, FranceConnect, a ministry's
 * own), from {@code guichet.accounts.oidc.*}: {@code issuer-uri}, {@code client-id},
 * {@code client-secret}, {@code registration-id} (default {@code oidc}, so sign-in starts at
 * {@code /oauth2/authorization/oidc}).
 *
 * <p>Discovery is lazy: the provider's metadata is fetched at the first sign-in, not at start-up,
 * so Guichet starts (and anonymous use works) while the provider is unreachable; a failed discovery
 * is tried again at the next sign-in. Without an issuer there is no sign-in.
 */
@Component
class ConfiguredIdentityProvider implements ClientRegistrationRepository {

    private final Environment environment;
    private volatile ClientRegistration resolved;

    ConfiguredIdentityProvider(Environment environment) {
        this.environment = environment;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        String id = environment.getProperty("guichet.accounts.oidc.registration-id", "oidc");
        if (!id.equals(registrationId)) {
            return null;
        }
        ClientRegistration registration = resolved;
        if (registration == null) {
            String issuer = environment.getProperty("guichet.accounts.oidc.issuer-uri", "");
            if (issuer.isBlank()) {
                return null;
            }
            registration = ClientRegistrations.fromIssuerLocation(issuer)
                    .registrationId(id)
                    .clientId(environment.getProperty("guichet.accounts.oidc.client-id", "guichet"))
                    .clientSecret(environment.getProperty("guichet.accounts.oidc.client-secret", ""))
                    .scope("openid")
                    .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                    .build();
            resolved = registration;
        }
        return registration;
    }
}
