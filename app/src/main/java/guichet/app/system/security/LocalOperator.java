package guichet.app.system.security;

import guichet.app.system.cli.OperatorEndpoint;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The operator on this host: once the web server listens, a fresh admin token is written to
 * {@code <home>/run/operator.json} (owner-only), so that {@code guichet keys} run by the same account
 * manages keys through the running server instead of failing on the database the server holds.
 * The token lives as long as the server; it is never stored in the database.
 */
@Component
public class LocalOperator {

    private static final Logger LOG = LoggerFactory.getLogger(LocalOperator.class);
    /** What a local operator token starts with, unlike an API key's {@code gk_}. */
    static final String PREFIX = "gl_";
    static final String ID = "local-operator";

    private final Path home;
    private final Clock clock;
    private volatile OperatorEndpoint endpoint;
    private volatile Instant since;

    LocalOperator(@Value("${guichet.home}") String home, Clock clock) {
        this.home = Path.of(home);
        this.clock = clock;
    }

    @EventListener
    void onServerStarted(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() != null) {
            return; // a separate management port: operators use the main one
        }
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        OperatorEndpoint written = new OperatorEndpoint("http://127.0.0.1:" + event.getWebServer().getPort(),
                PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret), ProcessHandle.current().pid());
        try {
            written.write(home);
            since = clock.instant();
            endpoint = written;
        } catch (IOException e) {
            LOG.warn("could not write {}: 'guichet keys' will not reach this server ({})", OperatorEndpoint.file(home), e.toString());
        }
    }

    @EventListener
    void onClose(ContextClosedEvent event) {
        OperatorEndpoint current = endpoint;
        endpoint = null;
        if (current != null) {
            try {
                current.remove(home);
            } catch (IOException e) {
                LOG.warn("could not remove {}: {}", OperatorEndpoint.file(home), e.toString());
            }
        }
    }

    /** The admin "key" of the local operator when {@code token} is this server's operator token. */
    Optional<ApiKeys.ApiKey> authenticate(String token) {
        OperatorEndpoint current = endpoint;
        if (current == null || token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        boolean same = MessageDigest.isEqual(current.token().getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        return same ? Optional.of(new ApiKeys.ApiKey(ID, "local operator", PREFIX, true, false, since, null)) : Optional.empty();
    }
}
