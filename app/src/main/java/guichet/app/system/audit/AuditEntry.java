package guichet.app.system.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * One entry of the audit trail.
 *
 * @param seq its place in the chain, from 1, without gaps
 * @param recordedAt when it was written (milliseconds)
 * @param kind what happened ("answer", "desk.reply_sent", "key.created"...)
 * @param actor who did it: an officer, an adviser, an API key's id, "operator", or a citizen's pseudonym
 * @param subject what it was done to: a conversation, a case, a key, a citizen's pseudonym
 * @param detail a JSON object, never personal data
 * @param previousHash the hash of entry {@code seq - 1}
 * @param hash SHA-256 of all the fields above
 */
public record AuditEntry(long seq, Instant recordedAt, String kind, String actor, String subject, String detail,
                         String previousHash, String hash) {

    /** The hash before the first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules()
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).build();

    /** The hash an entry with these fields must carry. */
    public static String hashOf(long seq, Instant recordedAt, String kind, String actor, String subject, String detail,
                                String previousHash) {
        try {
            // a JSON array: no two different entries share a text, whatever their fields contain
            byte[] canonical = JSON.writeValueAsString(List.of(seq, recordedAt.toString(), kind, actor, subject, detail,
                    previousHash)).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot hash an audit entry", e);
        }
    }

    /** True when the stored hash is the hash of the stored fields. */
    public boolean intact() {
        return hash.equals(hashOf(seq, recordedAt, kind, actor, subject, detail, previousHash));
    }
}
