package guichet.app.desk.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import guichet.app.system.audit.AuditTrail;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Cases, their labels with history, references, drafts, approved replies and events, in the
 * relational database. A label is never overwritten silently: every value goes to its history with
 * who set it (AI or officer), when, and what it replaced; the AI never replaces an officer's label.
 *
 * <p>Longer than most classes: it is the desk's one repository, a short SQL method per question the
 * desk asks, so that every write to the case tables goes through one place (to be split by table, issue 18).
 */
@Repository
public class CaseStore {

    private static final TypeReference<List<Attachment>> ATTACHMENTS = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<Signal>> SIGNALS = new TypeReference<>() { };
    private static final TypeReference<List<CitationLink>> CITATIONS = new TypeReference<>() { };
    private static final String CASE_COLUMNS = "id, message_id, source, sender_address, sender_name, subject, body, "
            + "quoted, attachments, intake_notes, received_at, created_at, updated_at, status, language, summary, "
            + "summary_by, vulnerability, analysis_note, assignee";

    private final JdbcClient jdbc;
    private final ObjectMapper json;
    private final Clock clock;
    private final AuditTrail audit;

    public CaseStore(JdbcClient jdbc, ObjectMapper json, Clock clock, AuditTrail audit) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.audit = audit;
    }

    /** The case that already holds this message (same Message-ID or same content), if any. */
    public Optional<String> findDuplicate(String messageId, String contentSha256) {
        return jdbc.sql("select id from desk_case where message_id = ? or content_sha256 = ? order by created_at limit 1")
                .params(messageId, contentSha256).query(String.class).optional();
    }

    /**
     * Stores a new case.
     *
     * @return the new case, or empty when the same message was stored meanwhile (Message-ID or content)
     */
    public Optional<DeskCase> insert(NewCase mail) {
        String id = UUID.randomUUID().toString();
        Instant now = clock.instant();
        try {
            jdbc.sql("insert into desk_case (" + CASE_COLUMNS + ", content_sha256) values "
                            + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null, null, null, '[]', null, null, ?)")
                    .params(id, mail.messageId(), mail.source(), mail.senderAddress(), mail.senderName(), mail.subject(),
                            mail.body(), mail.quoted(), write(mail.attachments()), write(mail.intakeNotes()),
                            Timestamp.from(mail.receivedAt()), Timestamp.from(now), Timestamp.from(now),
                            CaseStatus.RECEIVED.name(), mail.contentSha256())
                    .update();
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
        return find(id);
    }

    public Optional<DeskCase> find(String id) {
        return jdbc.sql("select " + CASE_COLUMNS + " from desk_case where id = ?").param(id).query(this::deskCase).optional();
    }

    /** Cases waiting for (another) analysis, oldest first. */
    public List<String> awaitingAnalysis(int limit) {
        return jdbc.sql("select id from desk_case where status = ? order by received_at limit ?")
                .params(CaseStatus.RECEIVED.name(), limit).query(String.class).list();
    }

    /**
     * The queue: open cases, urgent first, then oldest first.
     *
     * @param includeClosed also list replied and closed cases (after the open ones)
     */
    public List<QueueEntry> queue(boolean includeClosed, int limit) {
        return queue(includeClosed, 0, limit);
    }

    /** A page of the queue: {@code limit} entries after the first {@code offset}, in queue order. */
    public List<QueueEntry> queue(boolean includeClosed, int offset, int limit) {
        String where = includeClosed ? "" : "where c.status in ('RECEIVED', 'TRIAGED') ";
        List<QueueEntry> entries = jdbc.sql("select c.id, c.sender_name, c.sender_address, c.subject, c.received_at, "
                        + "c.status, c.summary, c.assignee from desk_case c left join desk_label u on u.case_id = c.id "
                        + "and u.name = 'urgency' " + where
                        + "order by case when c.status in ('REPLIED', 'CLOSED') then 1 else 0 end, "
                        + "case when u.label_value = 'urgent' then 0 when u.label_value is null then 1 else 2 end, "
                        + "c.received_at, c.id limit ? offset ?")
                .params(limit, offset)
                .query((rs, row) -> new QueueEntry(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), CaseStatus.valueOf(rs.getString(6)), rs.getString(7), null, null,
                        rs.getString(8)))
                .list();
        List<QueueEntry> withLabels = new ArrayList<>();
        for (QueueEntry entry : entries) {
            Map<LabelName, Label> labels = labels(entry.id());
            withLabels.add(new QueueEntry(entry.id(), entry.senderName(), entry.senderAddress(), entry.subject(),
                    entry.receivedAt(), entry.status(), entry.summary(), labels.get(LabelName.URGENCY),
                    labels.get(LabelName.CATEGORY), entry.assignee()));
        }
        return withLabels;
    }

    /** How many cases the queue holds (open ones, or all). */
    public int queueSize(boolean includeClosed) {
        return jdbc.sql("select count(*) from desk_case" + (includeClosed ? "" : " where status in ('RECEIVED', 'TRIAGED')"))
                .query(Integer.class).single();
    }

    /**
     * Stores what the analysis found and sets the AI's labels, except those an officer has set.
     */
    @Transactional
    public void saveAnalysis(String caseId, CaseAnalysisResult result) {
        Instant now = clock.instant();
        jdbc.sql("update desk_case set language = ?, summary = ?, summary_by = ?, vulnerability = ?, analysis_note = null, "
                        + "status = case when status = 'RECEIVED' then 'TRIAGED' else status end, updated_at = ? where id = ?")
                .params(result.language(), result.summary(), result.summaryBy(), write(result.vulnerability()),
                        Timestamp.from(now), caseId)
                .update();
        jdbc.sql("delete from desk_reference where case_id = ?").param(caseId).update();
        int seq = 0;
        for (Reference reference : result.references()) {
            jdbc.sql("insert into desk_reference (case_id, seq, kind, ref_value) values (?, ?, ?, ?)")
                    .params(caseId, seq++, reference.kind(), truncate(reference.value(), 500)).update();
        }
        for (Label label : result.labels()) {
            Label current = labels(caseId).get(label.name());
            if (current == null || current.setBy() == Label.SetBy.AI) {
                setLabel(caseId, label);
            }
        }
        if (result.draft() != null && draft(caseId).map(d -> d.editedBy() == null).orElse(true)) {
            ReplyDraft draft = result.draft();
            jdbc.sql("delete from desk_draft where case_id = ?").param(caseId).update();
            jdbc.sql("insert into desk_draft (case_id, language, subject, text, citations, generated_by, generated_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?)")
                    .params(caseId, draft.language(), truncate(draft.subject(), 2000), draft.text(),
                            write(draft.citations()), draft.generatedBy(), Timestamp.from(draft.generatedAt()))
                    .update();
        }
    }

    /** Notes why the analysis failed; the case stays waiting and is tried again. */
    public void recordAnalysisFailure(String caseId, String note) {
        jdbc.sql("update desk_case set analysis_note = ?, updated_at = ? where id = ?")
                .params(note, Timestamp.from(clock.instant()), caseId).update();
    }

    /** Sets a label and records the change in its history. */
    @Transactional
    public void setLabel(String caseId, Label label) {
        Label current = labels(caseId).get(label.name());
        if (current == null) {
            jdbc.sql("insert into desk_label (case_id, name, label_value, reason, set_by, officer, classifier_version, set_at) "
                            + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(caseId, label.name().id(), label.value(), label.reason(), label.setBy().name(), label.officer(),
                            label.classifierVersion(), Timestamp.from(label.setAt()))
                    .update();
        } else {
            jdbc.sql("update desk_label set label_value = ?, reason = ?, set_by = ?, officer = ?, classifier_version = ?, "
                            + "set_at = ? where case_id = ? and name = ?")
                    .params(label.value(), label.reason(), label.setBy().name(), label.officer(), label.classifierVersion(),
                            Timestamp.from(label.setAt()), caseId, label.name().id())
                    .update();
        }
        jdbc.sql("insert into desk_label_change (id, case_id, name, label_value, previous_value, reason, set_by, officer, "
                        + "classifier_version, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), caseId, label.name().id(), label.value(),
                        current == null ? null : current.value(), label.reason(), label.setBy().name(), label.officer(),
                        label.classifierVersion(), Timestamp.from(label.setAt()))
                .update();
        touch(caseId);
    }

    public Map<LabelName, Label> labels(String caseId) {
        Map<LabelName, Label> labels = new LinkedHashMap<>();
        jdbc.sql("select name, label_value, reason, set_by, officer, classifier_version, set_at from desk_label "
                        + "where case_id = ? order by name desc")
                .param(caseId)
                .query((rs, row) -> new Label(LabelName.of(rs.getString(1)), rs.getString(2), rs.getString(3),
                        Label.SetBy.valueOf(rs.getString(4)), rs.getString(5), rs.getString(6), instant(rs, 7)))
                .list().forEach(label -> labels.put(label.name(), label));
        return labels;
    }

    /** Every change of every label of a case, oldest first. */
    public List<LabelChange> history(String caseId) {
        return jdbc.sql("select case_id, name, label_value, previous_value, reason, set_by, officer, classifier_version, "
                        + "changed_at from desk_label_change where case_id = ? order by changed_at, id")
                .param(caseId)
                .query((rs, row) -> new LabelChange(rs.getString(1), LabelName.of(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), Label.SetBy.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), instant(rs, 9)))
                .list();
    }

    public List<Reference> references(String caseId) {
        return jdbc.sql("select kind, ref_value from desk_reference where case_id = ? order by seq").param(caseId)
                .query((rs, row) -> new Reference(rs.getString(1), rs.getString(2))).list();
    }

    public Optional<ReplyDraft> draft(String caseId) {
        return jdbc.sql("select case_id, language, subject, text, citations, generated_by, generated_at, edited_by, "
                        + "edited_at from desk_draft where case_id = ?")
                .param(caseId)
                .query((rs, row) -> new ReplyDraft(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        read(rs.getString(5), CITATIONS), rs.getString(6), instant(rs, 7), rs.getString(8),
                        instant(rs, 9)))
                .optional();
    }

    /** An officer's edit of the draft; the analysis never overwrites an edited draft. */
    @Transactional
    public void editDraft(String caseId, String subject, String text, String officer) {
        Instant now = clock.instant();
        int updated = jdbc.sql("update desk_draft set subject = ?, text = ?, edited_by = ?, edited_at = ? where case_id = ?")
                .params(truncate(subject, 2000), text, officer, Timestamp.from(now), caseId).update();
        if (updated == 0) {
            jdbc.sql("insert into desk_draft (case_id, language, subject, text, citations, generated_by, generated_at, "
                            + "edited_by, edited_at) values (?, ?, ?, ?, '[]', ?, ?, ?, ?)")
                    .params(caseId, find(caseId).map(DeskCase::language).orElse("en"), truncate(subject, 2000), text,
                            "officer", Timestamp.from(now), officer, Timestamp.from(now))
                    .update();
        }
        event(caseId, "draft_edited", officer, "");
    }

    /** Assigns a case to an officer (null to unassign). */
    @Transactional
    public void assign(String caseId, String assignee, String officer) {
        jdbc.sql("update desk_case set assignee = ?, updated_at = ? where id = ?")
                .params(assignee, Timestamp.from(clock.instant()), caseId).update();
        event(caseId, "assigned", officer, assignee == null ? "unassigned" : "to " + assignee);
    }

    public void setStatus(String caseId, CaseStatus status) {
        jdbc.sql("update desk_case set status = ?, updated_at = ? where id = ?")
                .params(status.name(), Timestamp.from(clock.instant()), caseId).update();
    }

    public void event(String caseId, String kind, String officer, String detail) {
        jdbc.sql("insert into desk_event (id, case_id, kind, officer, detail, at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), caseId, kind, officer, detail, Timestamp.from(clock.instant()))
                .update();
        // a reply's id, never an analysis note (it may quote the message)
        audit.record("desk." + kind, officer, "case:" + caseId,
                detail != null && detail.startsWith("reply ") ? Map.of("reply", detail.substring(6)) : Map.of());
    }

    public List<CaseEvent> events(String caseId) {
        return jdbc.sql("select case_id, kind, officer, detail, at from desk_event where case_id = ? order by at, id")
                .param(caseId)
                .query((rs, row) -> new CaseEvent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5)))
                .list();
    }

    /** Records a reply as approved by an officer. */
    public Reply insertReply(String caseId, String recipient, String subject, String text, String officer) {
        Reply reply = new Reply(UUID.randomUUID().toString(), caseId, recipient, subject, text, officer, clock.instant(),
                Reply.Status.APPROVED, null, null, null);
        jdbc.sql("insert into desk_reply (id, case_id, recipient, subject, text, approved_by, approved_at, status) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(reply.id(), caseId, recipient, truncate(subject, 2000), text, officer,
                        Timestamp.from(reply.approvedAt()), reply.status().name())
                .update();
        return reply;
    }

    public void replySent(String replyId, String smtpMessageId) {
        jdbc.sql("update desk_reply set status = ?, sent_at = ?, smtp_message_id = ?, send_error = null where id = ?")
                .params(Reply.Status.SENT.name(), Timestamp.from(clock.instant()), smtpMessageId, replyId).update();
    }

    public void replyFailed(String replyId, String error) {
        jdbc.sql("update desk_reply set status = ?, send_error = ? where id = ?")
                .params(Reply.Status.FAILED.name(), error, replyId).update();
    }

    public Optional<Reply> reply(String replyId) {
        return jdbc.sql("select id, case_id, recipient, subject, text, approved_by, approved_at, status, sent_at, "
                        + "smtp_message_id, send_error from desk_reply where id = ?")
                .param(replyId).query((rs, row) -> reply(rs, row)).optional();
    }

    public List<Reply> replies(String caseId) {
        return jdbc.sql("select id, case_id, recipient, subject, text, approved_by, approved_at, status, sent_at, "
                        + "smtp_message_id, send_error from desk_reply where case_id = ? order by approved_at")
                .param(caseId).query((rs, row) -> reply(rs, row)).list();
    }

    /** Cases with at least one label an officer set, for retraining. */
    public List<CorrectedCase> correctedCases() {
        List<String> ids = jdbc.sql("select distinct case_id from desk_label where set_by = 'HUMAN'").query(String.class).list();
        List<CorrectedCase> corrected = new ArrayList<>();
        for (String id : ids) {
            Optional<DeskCase> found = find(id);
            Map<LabelName, Label> labels = labels(id);
            Label urgency = labels.get(LabelName.URGENCY);
            Label category = labels.get(LabelName.CATEGORY);
            if (found.isPresent() && urgency != null && category != null) {
                corrected.add(new CorrectedCase(id, found.get().language(), found.get().text(), urgency.value(),
                        category.value(), urgency.setBy() == Label.SetBy.HUMAN, category.setBy() == Label.SetBy.HUMAN,
                        found.get().receivedAt()));
            }
        }
        return corrected;
    }

    /** Records a message that could not become a case. */
    public void reject(String source, String messageId, String origin, String reason) {
        jdbc.sql("insert into desk_rejection (id, source, message_id, origin, reason, at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID().toString(), source, messageId, truncate(origin, 1000), reason,
                        Timestamp.from(clock.instant()))
                .update();
    }

    public int count() {
        return jdbc.sql("select count(*) from desk_case").query(Integer.class).single();
    }

    private void touch(String caseId) {
        jdbc.sql("update desk_case set updated_at = ? where id = ?").params(Timestamp.from(clock.instant()), caseId).update();
    }

    private DeskCase deskCase(ResultSet rs, int row) throws SQLException {
        return new DeskCase(rs.getString("id"), rs.getString("message_id"), rs.getString("source"),
                rs.getString("sender_address"), rs.getString("sender_name"), rs.getString("subject"), rs.getString("body"),
                rs.getString("quoted"), read(rs.getString("attachments"), ATTACHMENTS),
                read(rs.getString("intake_notes"), STRINGS), instant(rs, "received_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"), CaseStatus.valueOf(rs.getString("status")), rs.getString("language"),
                rs.getString("summary"), rs.getString("summary_by"), read(rs.getString("vulnerability"), SIGNALS),
                rs.getString("analysis_note"), rs.getString("assignee"));
    }

    private Reply reply(ResultSet rs, int row) throws SQLException {
        return new Reply(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, 7), Reply.Status.valueOf(rs.getString(8)), instant(rs, 9), rs.getString(10),
                rs.getString(11));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON is not readable", e);
        }
    }
}
