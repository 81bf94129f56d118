package guichet.app.system.crypto;

import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Map;
import java.util.Optional;

/**
 * Seals citizens' text at rest with their own key (AES-256-GCM): {@code enc1:<key id>:<Base64 IV and ciphertext>}.
 * The key id travels with the text, so text stays readable when its citizen signs in and their record changes
 * owner; text written before encryption (no prefix) is read as it is.
 */
@Component
public class CitizenCipher {

    private static final String PREFIX = "enc1:";

    private final CitizenKeys keys;

    CitizenCipher(CitizenKeys keys) {
        this.keys = keys;
    }

    /** {@code text} sealed with {@code owner}'s key; null stays null. */
    public String seal(String owner, String text) {
        if (text == null) {
            return null;
        }
        Map.Entry<String, SecretKey> key = keys.keyFor(owner);
        try {
            return PREFIX + key.getKey() + ":" + AesGcm.seal(key.getValue(), key.getKey(), text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal a citizen's text", e);
        }
    }

    /**
     * The text {@code stored} holds.
     *
     * @throws ErasedTextException when its key was destroyed (its citizen was erased)
     */
    public String open(String stored) {
        if (stored == null) {
            return null;
        }
        Optional<String> text = tryOpen(stored);
        return text.orElseThrow(() -> new ErasedTextException(keyId(stored)));
    }

    /** The text {@code stored} holds, empty when its key was destroyed. */
    public Optional<String> tryOpen(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.ofNullable(stored);
        }
        String keyId = keyId(stored);
        Optional<SecretKey> key = keys.key(keyId);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new String(AesGcm.open(key.get(), keyId, stored.substring(PREFIX.length() + keyId.length() + 1)),
                    StandardCharsets.UTF_8));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("a citizen's text sealed with key " + keyId + " is damaged", e);
        }
    }

    private static String keyId(String stored) {
        int end = stored.indexOf(':', PREFIX.length());
        return end < 0 ? "" : stored.substring(PREFIX.length(), end);
    }

    /** Text whose citizen was erased: its key is gone. */
    public static final class ErasedTextException extends IllegalStateException {
        public ErasedTextException(String keyId) {
            super("this text was sealed with key " + keyId + ", destroyed when its citizen was erased");
        }
    }
}
