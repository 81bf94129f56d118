package guichet.app.system.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Anonymous citizen sessions: a random id in a cookie, signed with HMAC-SHA256 so that nobody can
 * take another citizen's id ({@code v1.<id>.<signature>}). Nothing is kept server-side: the id is
 * only the owner key of the citizen's conversations.
 *
 * <p>The key comes from {@code guichet.security.session.secret}, or is generated once into
 * {@code <guichet.home>/secrets/session-key} (readable by the owner only). Changing it ends every
 * session.
 */
@Component
public class CitizenSessions {

    private static final String VERSION = "v1";
    private static final String ACCOUNT_VERSION = "a1";
    private static final int ID_BYTES = 16;
    private static final int KEY_BYTES = 32;
    private static final int MIN_SECRET_CHARACTERS = 32;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    private final SecureRandom random = new SecureRandom();
    private final byte[] key;
    private final AccessProperties.Session settings;

    CitizenSessions(AccessProperties properties, @Value("${guichet.home}") Path home) {
        this.settings = properties.session();
        this.key = key(settings.secret(), home.resolve("secrets").resolve("session-key"));
    }

    public String cookieName() {
        return settings.cookieName();
    }

    /** The session id in a cookie value, when its signature is right. */
    public Optional<String> verify(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.");
        if (parts.length != 3 || !VERSION.equals(parts[0]) || parts[1].isEmpty()) {
            return Optional.empty();
        }
        byte[] expected = sign(parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(parts[1]) : Optional.empty();
    }

    /** A new session id. */
    public String newSessionId() {
        byte[] id = new byte[ID_BYTES];
        random.nextBytes(id);
        return B64.encodeToString(id);
    }

    /** The signed cookie value for a session id. */
    public String cookieValue(String sessionId) {
        String payload = VERSION + "." + sessionId;
        return payload + "." + sign(payload);
    }

    /** The Set-Cookie for a session: HttpOnly, SameSite=Lax, Secure on HTTPS. */
    public ResponseCookie cookie(String sessionId, boolean secure) {
        return ResponseCookie.from(settings.cookieName(), cookieValue(sessionId))
                .httpOnly(true).secure(secure).sameSite("Lax").path("/").maxAge(settings.maxAge()).build();
    }

    /** A signed-in account as its cookie says: the account id, and whether it has the adviser role. */
    public record SignedIn(String accountId, boolean adviser) {
    }

    public String accountCookieName() {
        return settings.accountCookieName();
    }

    /** The account a cookie value names, when its signature is right ({@code a1.<id>.<c|a>.<signature>}). */
    public Optional<SignedIn> verifyAccount(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        String[] parts = cookieValue.split("\\.");
        if (parts.length != 4 || !ACCOUNT_VERSION.equals(parts[0]) || parts[1].isEmpty()
                || !(parts[2].equals("c") || parts[2].equals("a"))) {
            return Optional.empty();
        }
        byte[] expected = sign(parts[0] + "." + parts[1] + "." + parts[2]).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, parts[3].getBytes(StandardCharsets.US_ASCII))
                ? Optional.of(new SignedIn(parts[1], parts[2].equals("a"))) : Optional.empty();
    }

    /** The Set-Cookie that signs an account in: HttpOnly, SameSite=Lax, Secure on HTTPS. */
    public ResponseCookie accountCookie(SignedIn account, boolean secure) {
        String payload = ACCOUNT_VERSION + "." + account.accountId() + "." + (account.adviser() ? "a" : "c");
        return ResponseCookie.from(settings.accountCookieName(), payload + "." + sign(payload))
                .httpOnly(true).secure(secure).sameSite("Lax").path("/").maxAge(settings.accountMaxAge()).build();
    }

    /** The Set-Cookies that sign out: the account cookie is dropped and a fresh anonymous session starts. */
    public java.util.List<ResponseCookie> signOutCookies(boolean secure) {
        return java.util.List.of(
                ResponseCookie.from(settings.accountCookieName(), "").httpOnly(true).secure(secure).sameSite("Lax")
                        .path("/").maxAge(0).build(),
                cookie(newSessionId(), secure));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return B64.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private byte[] key(String configured, Path file) {
        if (configured != null && !configured.isBlank()) {
            if (configured.length() < MIN_SECRET_CHARACTERS) {
                throw new IllegalStateException("guichet.security.session.secret must have at least "
                        + MIN_SECRET_CHARACTERS + " characters");
            }
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[KEY_BYTES];
                random.nextBytes(generated);
                Files.createDirectories(file.getParent());
                Path temp = Files.createTempFile(file.getParent(), "session-key", ".part");
                restrict(temp);
                Files.writeString(temp, B64.encodeToString(generated));
                try {
                    Files.move(temp, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    Files.deleteIfExists(temp);  // another process made it first: use theirs
                }
            }
            byte[] stored = Base64.getUrlDecoder().decode(Files.readString(file).strip());
            if (stored.length < KEY_BYTES) {
                throw new IllegalStateException(file + " holds too short a session key; delete it to make a new one");
            }
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the session key " + file, e);
        }
    }

    private static void restrict(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the folder's own protection applies
        }
    }
}
