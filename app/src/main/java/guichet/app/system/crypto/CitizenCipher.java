package guichet.app.system.crypto;

import org.springframework.stereotype.Component;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
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
    private static final int IV_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

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
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key.getValue(), new GCMParameterSpec(128, iv));
            cipher.updateAAD(key.getKey().getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(text.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[iv.length + sealed.length];
            System.arraycopy(iv, 0, out, 0, iv.length);
            System.arraycopy(sealed, 0, out, iv.length, sealed.length);
            return PREFIX + key.getKey() + ":" + Base64.getEncoder().encodeToString(out);
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
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length() + keyId.length() + 1));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key.get(), new GCMParameterSpec(128, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return Optional.of(new String(cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8));
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
