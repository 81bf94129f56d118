package guichet.app.system.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenSessionsTest {

    @TempDir
    Path home;

    private static AccessProperties settings(String secret) {
        return new AccessProperties(new AccessProperties.Session("guichet_session", secret, Duration.ofDays(90)),
                new AccessProperties.RateLimit(true, Duration.ofMinutes(1), 30, 300, 60));
    }

    @Test
    void signsAndVerifiesSessionIds() {
        CitizenSessions sessions = new CitizenSessions(settings(null), home);
        String id = sessions.newSessionId();
        String value = sessions.cookieValue(id);

        assertThat(sessions.verify(value)).contains(id);
        assertThat(sessions.newSessionId()).isNotEqualTo(id).hasSize(22);
        String[] parts = value.split("\\.");
        assertThat(sessions.verify(parts[0] + "." + sessions.newSessionId() + "." + parts[2])).isEmpty();
        assertThat(sessions.verify(value + "x")).isEmpty();
        assertThat(sessions.verify("v1." + id)).isEmpty();
        assertThat(sessions.verify(null)).isEmpty();
    }

    @Test
    void generatesTheKeyOnceIntoTheHomeReadableByTheOwnerOnly() throws Exception {
        CitizenSessions first = new CitizenSessions(settings(null), home);
        Path key = home.resolve("secrets/session-key");
        assertThat(key).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");

        String value = first.cookieValue("abc");
        assertThat(new CitizenSessions(settings(null), home).verify(value)).contains("abc");
        assertThat(new CitizenSessions(settings("x".repeat(40)), home).verify(value)).isEmpty();
    }

    @Test
    void aConfiguredSecretMustBeLongEnough() {
        assertThatThrownBy(() -> new CitizenSessions(settings("short"), home)).hasMessageContaining("32");
    }

    @Test
    void theCookieIsHttpOnlyAndLax() {
        CitizenSessions sessions = new CitizenSessions(settings("s".repeat(32)), home);

        String cookie = sessions.cookie("abc", true).toString();

        assertThat(cookie).startsWith("guichet_session=v1.abc.").contains("HttpOnly", "SameSite=Lax", "Secure", "Path=/");
    }
}
