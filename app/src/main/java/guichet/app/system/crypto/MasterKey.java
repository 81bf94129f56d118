package guichet.app.system.crypto;

import guichet.app.system.files.OwnerOnlyFile;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;

/** The key that wraps every citizen's key (AES-256-GCM): from {@code GUICHET_MASTER_KEY}, or a file made once. */
public final class MasterKey {

    static final String ENVIRONMENT = "GUICHET_MASTER_KEY";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKey key;
    private final String origin;

    private MasterKey(byte[] bytes, String origin) {
        if (bytes.length != 32) {
            throw new IllegalStateException("the master key from " + origin + " must be 32 bytes in Base64, not " + bytes.length);
        }
        this.key = new SecretKeySpec(bytes, "AES");
        this.origin = origin;
    }

    /** The environment's key, else the file's, made with owner-only permissions when it does not exist. */
    static MasterKey load(String environmentValue, Path file) throws IOException {
        if (environmentValue != null && !environmentValue.isBlank()) {
            return new MasterKey(decode(environmentValue, ENVIRONMENT), ENVIRONMENT);
        }
        if (!Files.exists(file)) {
            write(file, random());
        }
        return new MasterKey(decode(Files.readString(file, StandardCharsets.UTF_8), file.toString()), file.toString());
    }

    /** A new random key (rotation). */
    static byte[] random() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static MasterKey of(byte[] bytes, String origin) {
        return new MasterKey(bytes, origin);
    }

    /** Writes {@code bytes} as the key file, readable by its owner only. */
    static void write(Path file, byte[] bytes) throws IOException {
        OwnerOnlyFile.write(file, (Base64.getEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    String origin() {
        return origin;
    }

    /** Wraps a citizen's key: IV and ciphertext, Base64. */
    String wrap(byte[] citizenKey, String keyId) {
        try {
            return AesGcm.seal(key, keyId, citizenKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap a citizen key", e);
        }
    }

    /** Unwraps a citizen's key. @throws IllegalStateException when this master key did not wrap it */
    byte[] unwrap(String wrapped, String keyId) {
        try {
            return AesGcm.open(key, keyId, wrapped);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("citizen key " + keyId + " cannot be unwrapped with the master key from "
                    + origin + " (was the master key replaced?)", e);
        }
    }

    private static byte[] decode(String text, String origin) {
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the master key from " + origin + " is not Base64", e);
        }
    }
}
