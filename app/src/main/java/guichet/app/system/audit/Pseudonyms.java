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
        return "citizen:" + hash(owner);
    }

    /**
     * The pseudonym of a conversation ("conversation:9be1…"): the trail outlives an erased conversation, and must
     * not keep its id, which the citizen's other records named.
     */
    public static String conversation(String conversationId) {
        return "conversation:" + hash(conversationId);
    }

    /** The pseudonym of a stored message. */
    public static String message(String messageId) {
        return hash(messageId);
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
