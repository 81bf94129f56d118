package guichet.app.system.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * How the audit trail names a citizen: a hash of their owner key, so that a regulator can follow one record
 * through the trail without the trail holding the key (which opens a session) and after the record is erased.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** The pseudonym of an owner key ("citizen:3fa2…"). */
    public static String of(String owner) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(owner.getBytes(StandardCharsets.UTF_8));
            return "citizen:" + HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
