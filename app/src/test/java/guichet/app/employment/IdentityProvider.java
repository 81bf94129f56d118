package guichet.app.employment;

import no.nav.security.mock.oauth2.MockOAuth2Server;

/**
 * The one real OpenID Connect provider (mock-oauth2-server) of the employment tests. The app
 * discovers its provider once, at the first sign-in, and keeps it while the shared Spring context
 * lives: so every test class of the context signs in against this same provider, started once.
 */
final class IdentityProvider {

    private static MockOAuth2Server server;

    private IdentityProvider() {
    }

    /** The provider, started (and the app pointed at it) at the first call. */
    static synchronized MockOAuth2Server get() {
        if (server == null) {
            server = new MockOAuth2Server();
            server.start();
            System.setProperty("guichet.accounts.oidc.issuer-uri", server.issuerUrl("default").toString());
            System.setProperty("guichet.accounts.oidc.client-id", "guichet");
            System.setProperty("guichet.accounts.oidc.client-secret", "secret");
            Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
        }
        return server;
    }
}
