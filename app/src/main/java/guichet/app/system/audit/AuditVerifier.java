package guichet.app.system.audit;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the audit trail: each entry's hash is the hash of its fields, each follows the one before it
 * (nothing deleted, nothing re-ordered), the head row matches the last entry, and every anchor written
 * since the chain's start is still there with the same hash (nothing cut from the end).
 */
@Service
public class AuditVerifier {

    private final AuditTrail trail;

    AuditVerifier(AuditTrail trail) {
        this.trail = trail;
    }

    /** Reads the whole trail; stops counting problems at the first one. */
    public AuditVerification verify() {
        AuditTrail.Head head = trail.head();
        List<AuditAnchors.Anchor> anchors;
        try {
            anchors = trail.anchors().read();
        } catch (IOException e) {
            return new AuditVerification(0, 0, 0, null, null, 0,
                    Optional.of(new AuditVerification.Breach(0, "the anchors file cannot be read: " + e.getMessage())));
        }
        Map<Long, AuditAnchors.Anchor> anchored = new HashMap<>();
        anchors.stream().filter(a -> a.seq() > head.baseSeq()).forEach(a -> anchored.put(a.seq(), a));
        Walk walk = new Walk(head);
        trail.forEach(entry -> walk.read(entry, anchored));
        if (walk.breach == null) {
            walk.finish(anchored.values());
        }
        return new AuditVerification(walk.checked, walk.first, walk.last, walk.from, walk.to,
                (int) anchors.stream().filter(a -> a.seq() > head.baseSeq()).count(), Optional.ofNullable(walk.breach));
    }

    /** The state of one pass over the chain. */
    private static final class Walk {

        private final AuditTrail.Head head;
        private long expectedSeq;
        private String expectedPrevious;
        private long checked;
        private long first;
        private long last;
        private Instant from;
        private Instant to;
        private AuditVerification.Breach breach;

        Walk(AuditTrail.Head head) {
            this.head = head;
            this.expectedSeq = head.baseSeq() + 1;
            this.expectedPrevious = head.baseHash();
        }

        void read(AuditEntry entry, Map<Long, AuditAnchors.Anchor> anchored) {
            if (breach != null) {
                return;
            }
            checked++;
            if (first == 0) {
                first = entry.seq();
                from = entry.recordedAt();
            }
            last = entry.seq();
            to = entry.recordedAt();
            if (entry.seq() != expectedSeq) {
                breach = new AuditVerification.Breach(expectedSeq, entry.seq() > expectedSeq
                        ? "entry " + expectedSeq + (entry.seq() - expectedSeq > 1 ? " to " + (entry.seq() - 1) : "")
                        + " is missing (deleted), the next entry is " + entry.seq()
                        : "entry " + entry.seq() + " is before the start of the chain (" + head.baseSeq() + ")");
                return;
            }
            if (!entry.previousHash().equals(expectedPrevious)) {
                breach = new AuditVerification.Breach(entry.seq(), "entry " + entry.seq()
                        + " does not follow entry " + (entry.seq() - 1) + " (entries deleted, replaced or swapped)");
                return;
            }
            if (!entry.intact()) {
                breach = new AuditVerification.Breach(entry.seq(), "entry " + entry.seq()
                        + " was changed after it was written (its hash does not match its fields)");
                return;
            }
            AuditAnchors.Anchor anchor = anchored.remove(entry.seq());
            if (anchor != null && !anchor.hash().equals(entry.hash())) {
                breach = new AuditVerification.Breach(entry.seq(), "entry " + entry.seq()
                        + " is not the one anchored on " + anchor.at() + " (the chain was rewritten from there on)");
                return;
            }
            expectedSeq = entry.seq() + 1;
            expectedPrevious = entry.hash();
        }

        void finish(java.util.Collection<AuditAnchors.Anchor> unmatched) {
            if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(expectedPrevious)) {
                breach = new AuditVerification.Breach(expectedSeq, head.lastSeq() > expectedSeq - 1
                        ? "entries " + expectedSeq + " to " + head.lastSeq() + " are missing (cut from the end)"
                        : "the trail's head (entry " + head.lastSeq() + ") does not match its last entry (" + (expectedSeq - 1) + ")");
                return;
            }
            List<AuditAnchors.Anchor> missing = new ArrayList<>(unmatched);
            missing.sort(java.util.Comparator.comparingLong(AuditAnchors.Anchor::seq));
            if (!missing.isEmpty()) {
                AuditAnchors.Anchor anchor = missing.getFirst();
                breach = new AuditVerification.Breach(anchor.seq(), "entry " + anchor.seq() + ", anchored on "
                        + anchor.at() + ", is missing (entries were cut from the end and the head edited)");
            }
        }
    }
}
