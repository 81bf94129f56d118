package guichet.app.desk.analysis;

import guichet.app.desk.store.Reference;
import guichet.app.desk.store.ReplyDraft;
import guichet.app.desk.store.Signal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the analysis of one message reads and writes, step by step. The text is already masked.
 */
public final class AnalysisContext {

    private final String caseId;
    private final String subject;
    private final String body;
    private final String senderName;
    private final Instant receivedAt;
    private String language = "en";
    private List<Reference> references = List.of();
    private List<Signal> vulnerability = List.of();
    private TriageDecision decision;
    private String summary = "";
    private String summaryBy = "";
    private ReplyDraft draft;
    private final List<String> notes = new ArrayList<>();
    private final Map<String, Long> timings = new LinkedHashMap<>();

    public AnalysisContext(String caseId, String subject, String body, String senderName, Instant receivedAt) {
        this.caseId = caseId;
        this.subject = subject == null ? "" : subject;
        this.body = body == null ? "" : body;
        this.senderName = senderName == null ? "" : senderName;
        this.receivedAt = receivedAt;
    }

    public String caseId() {
        return caseId;
    }

    public String subject() {
        return subject;
    }

    public String body() {
        return body;
    }

    /** Subject and body, as the classifier reads them. */
    public String text() {
        return subject.isBlank() ? body : subject + "\n\n" + body;
    }

    public String senderName() {
        return senderName;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    public String language() {
        return language;
    }

    public void language(String value) {
        language = value;
    }

    public List<Reference> references() {
        return references;
    }

    public void references(List<Reference> value) {
        references = List.copyOf(value);
    }

    public List<Signal> vulnerability() {
        return vulnerability;
    }

    public void vulnerability(List<Signal> value) {
        vulnerability = List.copyOf(value);
    }

    public TriageDecision decision() {
        return decision;
    }

    public void decision(TriageDecision value) {
        decision = value;
    }

    public String summary() {
        return summary;
    }

    public String summaryBy() {
        return summaryBy;
    }

    public void summary(String text, String by) {
        summary = text;
        summaryBy = by;
    }

    public ReplyDraft draft() {
        return draft;
    }

    public void draft(ReplyDraft value) {
        draft = value;
    }

    /** Something an officer should know about the analysis (a step that fell back, a draft not made). */
    public void note(String text) {
        notes.add(text);
    }

    public List<String> notes() {
        return List.copyOf(notes);
    }

    void timing(String step, long millis) {
        timings.put(step, millis);
    }

    public Map<String, Long> timings() {
        return Map.copyOf(timings);
    }
}
