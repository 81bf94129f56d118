package guichet.app.desk;

import guichet.app.system.audit.AuditTrail;
import guichet.app.desk.analysis.Taxonomy;
import guichet.app.desk.analysis.Triage;
import guichet.app.desk.draft.CaseReference;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.Label;
import guichet.app.desk.store.LabelName;
import guichet.app.desk.store.QueueEntry;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an officer does with cases, whichever way they come (desk page or API): read the queue and a
 * case, re-label (recorded as a human label with history), assign, edit the draft, analyse again.
 */
@Component
public class CaseDesk {

    private final CaseStore store;
    private final Taxonomy taxonomy;
    private final Triage triage;
    private final CaseProcessor processor;
    private final Clock clock;
    private final AuditTrail audit;

    CaseDesk(CaseStore store, Taxonomy taxonomy, Triage triage, CaseProcessor processor, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.store = store;
        this.taxonomy = taxonomy;
        this.triage = triage;
        this.processor = processor;
        this.clock = clock;
    }

    /** Open cases, urgent first then oldest first; replied and closed ones after them when asked. */
    public List<QueueEntry> queue(boolean includeClosed) {
        return store.queue(includeClosed, 500);
    }

    /**
     * One page of the queue, {@code size} cases from page {@code page} (1 for the first); a page past the
     * end gives the last one.
     */
    public QueuePage queuePage(boolean includeClosed, int page, int size) {
        return QueuePage.read(store.queueSize(includeClosed), page, size,
                (offset, limit) -> store.queue(includeClosed, offset, limit));
    }

    /**
     * A page of the queue.
     *
     * @param page this page's number, from 1
     * @param first the position of its first case in the queue, from 1 (0 when the queue is empty)
     * @param last the position of its last case
     */
    public record QueuePage(List<QueueEntry> entries, int page, int pages, int total, int first, int last) {

        public QueuePage {
            entries = List.copyOf(entries);
        }

        /**
         * Reads page {@code page} of a queue of {@code total} cases, {@code size} a page; a page past the end
         * gives the last one, a page under 1 the first.
         */
        public static QueuePage read(int total, int page, int size,
                                     java.util.function.BiFunction<Integer, Integer, List<QueueEntry>> entries) {
            int pages = Math.max(1, (total + size - 1) / size);
            int shown = Math.min(Math.max(1, page), pages);
            List<QueueEntry> read = entries.apply((shown - 1) * size, size);
            return new QueuePage(read, shown, pages, total, read.isEmpty() ? 0 : (shown - 1) * size + 1,
                    (shown - 1) * size + read.size());
        }

        public boolean hasPrevious() {
            return page > 1;
        }

        public boolean hasNext() {
            return page < pages;
        }
    }

    public Optional<CaseView> view(String caseId) {
        return store.find(caseId).map(deskCase -> new CaseView(deskCase, CaseReference.of(caseId), store.labels(caseId),
                store.history(caseId), store.references(caseId), store.draft(caseId).orElse(null), store.replies(caseId),
                store.events(caseId)));
    }

    /**
     * An officer sets a label. The classifier version active at the time is recorded with it.
     *
     * @throws InvalidLabelException for an unknown label or value
     */
    public void relabel(String caseId, String name, String value, String note, String officer) {
        requireCase(caseId);
        LabelName label;
        try {
            label = LabelName.of(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidLabelException("unknown label '" + name + "' (urgency, category or secondary)");
        }
        boolean valid = switch (label) {
            case URGENCY -> List.of("urgent", "general").contains(value);
            case CATEGORY -> taxonomy.contains(value);
            case SECONDARY -> LabelName.NONE.equals(value) || taxonomy.contains(value);
        };
        if (!valid) {
            throw new InvalidLabelException("'" + value + "' is not a value of " + label.id());
        }
        String reason = note == null || note.isBlank() ? "set by an officer" : "officer's note: " + note.strip();
        String version = currentVersion();
        store.setLabel(caseId, new Label(label, value, reason, Label.SetBy.HUMAN, officer, version, clock.instant()));
        audit.record("desk.relabel", officer, "case:" + caseId, Map.of("label", label.id(), "value", value));
    }

    public void assign(String caseId, String assignee, String officer) {
        requireCase(caseId);
        String to = assignee == null || assignee.isBlank() ? null : assignee.strip();
        store.assign(caseId, to, officer);
        audit.record("desk.assign", officer, "case:" + caseId, Map.of("assignee", to == null ? "" : to));
    }

    public void editDraft(String caseId, String subject, String text, String officer) {
        requireCase(caseId);
        store.editDraft(caseId, subject, text, officer);
        audit.record("desk.draft_edited", officer, "case:" + caseId, Map.of());
    }

    /** Runs the analysis again (AI labels and an unedited draft are refreshed; an officer's are kept). */
    public boolean analyseAgain(String caseId, String officer) {
        requireCase(caseId);
        store.event(caseId, "analysis_requested", officer, "");
        return processor.process(caseId);
    }

    /** The classifier in use when an officer sets a label, without waiting for one being trained. */
    private String currentVersion() {
        try {
            return triage.versionNow().orElse(null);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void requireCase(String caseId) {
        if (store.find(caseId).isEmpty()) {
            throw new UnknownCaseException(caseId);
        }
    }

    /** No such case. */
    public static final class UnknownCaseException extends RuntimeException {
        public UnknownCaseException(String caseId) {
            super("no case " + caseId);
        }
    }

    /** A label or value the desk does not have. */
    public static final class InvalidLabelException extends RuntimeException {
        public InvalidLabelException(String message) {
            super(message);
        }
    }
}
