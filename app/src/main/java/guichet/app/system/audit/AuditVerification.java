package guichet.app.system.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * What {@code audit verify} found.
 *
 * @param checked entries read
 * @param first the first entry's seq, 0 when there is none
 * @param last the last entry's seq, 0 when there is none
 * @param from when the first entry was recorded, null when there is none
 * @param to when the last one was, null when there is none
 * @param anchors anchors checked
 * @param breach the first place where the trail was tampered with, empty when it is intact
 */
public record AuditVerification(long checked, long first, long last, Instant from, Instant to, int anchors,
                                Optional<Breach> breach) {

    /**
     * Where the trail is not what was written.
     *
     * @param seq the entry at fault (or the first one missing)
     * @param problem what is wrong with it, in a sentence
     */
    public record Breach(long seq, String problem) {
    }

    public boolean intact() {
        return breach.isEmpty();
    }
}
