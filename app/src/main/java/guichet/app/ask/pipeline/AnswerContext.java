package guichet.app.ask.pipeline;

import guichet.app.shared.evidence.Source;
import guichet.inference.ChatResult;
import guichet.inference.ModelInfo;
import guichet.inference.TokenSink;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What the stages of one answer share. Stages fill it in order; any stage may stop the pipeline
 * with a status and the reply the citizen gets. A stage that finds someone may be in crisis can
 * set a preface instead of stopping: whatever the pipeline ends with, the preface comes first and
 * the status is crisis_signposted (an answer follows it; a refusal or an error does not replace it).
 *
 * <p>Longer than most classes: it is the pipeline's shared record, one small accessor per thing a
 * stage reads or writes, with no logic of its own beyond the stop and preface rules.
 */
public final class AnswerContext {

    private final String conversationId;
    private final List<Turn> history;
    private final TokenSink sink;
    private String question;
    private String language;
    private String standaloneQuestion;
    private String route = "";
    private List<String> routeCategories = List.of();
    private List<Source> sources = List.of();
    private String answer = "";
    private String completeness = "";
    private List<Source> sourcesUsed = List.of();
    private final List<String> caveats = new ArrayList<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private AnswerStatus status;
    private String reply;
    private String stopReason = "";
    private final List<StageUsage> usage = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private String hiddenText = "";
    private String request;
    private String pastedText = "";
    private String preface = "";
    private String answerHeading = "";
    private String beforeRefusal = "";
    private final List<String> notices = new ArrayList<>();
    private boolean cites;
    private final Set<String> placeholders = new LinkedHashSet<>();
    private ModelInfo model;
    private OptionalDouble minRelevance = OptionalDouble.empty();
    private OptionalDouble relevance = OptionalDouble.empty();

    /**
     * @param conversationId the conversation this question belongs to
     * @param question the citizen's text as typed (CheckInput redacts it before anything else sees it)
     * @param language the interface language ("en", "fr"): the default reply language
     * @param history earlier turns, oldest first (redacted)
     * @param sink receives the reply as it is written, for streaming
     */
    public AnswerContext(String conversationId, String question, String language, List<Turn> history, TokenSink sink) {
        this.conversationId = conversationId;
        this.question = question;
        this.language = language;
        this.history = List.copyOf(history);
        this.sink = sink;
    }

    /**
     * Ends the pipeline: no later stage runs and {@code reply} is what the citizen gets, after the
     * preface if there is one (then the status is crisis_signposted, and only an answer follows the
     * preface) and before the notices (unless it is an error).
     */
    public void stop(AnswerStatus stopStatus, String replyText, String reason) {
        finish(stopStatus, replyText, reason, stopStatus == AnswerStatus.ANSWERED);
    }

    /** Ends the pipeline like {@link #stop}, with a refusal that cites {@link #sourcesUsed()} (the rule it explains). */
    public void stopCiting(AnswerStatus stopStatus, String replyText, String reason) {
        finish(stopStatus, replyText, reason, true);
    }

    private void finish(AnswerStatus stopStatus, String replyText, String reason, boolean citing) {
        String text = replyText == null ? "" : replyText;
        boolean answers = stopStatus == AnswerStatus.ANSWERED;
        if (stopStatus != AnswerStatus.ERROR && !notices.isEmpty()) {
            text = text.strip() + "\n\n" + String.join("\n\n", notices);
        }
        this.stopReason = reason == null ? "" : reason;
        if (!preface.isEmpty()) {
            this.status = AnswerStatus.CRISIS_SIGNPOSTED;
            this.reply = answers ? preface + "\n\n" + (answerHeading.isEmpty() ? "" : answerHeading + "\n") + text.strip()
                    : preface;
            this.cites = answers && citing;
            this.stopReason = stopReason + (answers ? " (after crisis signposting)" : " (crisis signposting only)");
            return;
        }
        if (!beforeRefusal.isEmpty() && stopStatus == AnswerStatus.UNANSWERABLE) {
            this.status = AnswerStatus.CRISIS_SIGNPOSTED;
            this.reply = beforeRefusal + "\n\n" + text.strip();
            this.cites = false;
            this.stopReason = stopReason + " (after crisis signposting, as the message may be a crisis)";
            return;
        }
        this.status = stopStatus;
        this.reply = text;
        this.cites = citing;
    }

    /** Whether the reply cites {@link #sourcesUsed()}: an answer, or a refusal that explains a rule. */
    public boolean cites() {
        return cites;
    }

    /**
     * Text that must come before whatever reply the pipeline ends with (help lines for someone in
     * crisis, when their message also asks something that may be answered); streamed at once.
     *
     * @param heading put between the preface and an answer, when one follows ("About your question:")
     */
    public void preface(String text, String heading) {
        this.preface = text == null ? "" : text.strip();
        this.answerHeading = heading == null ? "" : heading.strip();
        if (!preface.isEmpty()) {
            try {
                sink.accept(preface + "\n\n");
            } catch (Exception e) {
                // The client went away: the answer is still stored.
            }
        }
    }

    public String preface() {
        return preface;
    }

    /**
     * Help lines to give first if the pipeline ends unanswerable (no guidance answers, or out of scope),
     * for a message that may be a crisis though not surely enough to lead with them: the citizen gets
     * them rather than a bare refusal, and an answer, if one comes, stands alone. A refusal of the
     * message itself (an instruction to the assistant, a claimed role) keeps its own reply.
     */
    public void beforeRefusal(String text) {
        this.beforeRefusal = text == null ? "" : text.strip();
    }

    /** A short text added after the reply (e.g. that hidden text in the message was ignored), unless it is an error. */
    public void notice(String text) {
        if (text != null && !text.isBlank() && !notices.contains(text.strip())) {
            notices.add(text.strip());
        }
    }

    public List<String> notices() {
        return List.copyOf(notices);
    }

    /**
     * The citizen's own words: the question without any text they pasted (a letter, an email), which
     * is data to read, never instructions. The whole question until a stage separates them.
     */
    public String request() {
        return request == null ? question : request;
    }

    /** Text the citizen pasted for Guichet to read (a letter, an email), "" when none. */
    public String pastedText() {
        return pastedText;
    }

    /** Separates the citizen's request from the text they pasted. */
    public void pasted(String requestText, String pasted) {
        this.request = requestText == null ? "" : requestText.strip();
        this.pastedText = pasted == null ? "" : pasted.strip();
    }

    public boolean stopped() {
        return status != null;
    }

    /** Records a model call of the running stage, for the trace. */
    public void recordModelCall(ModelInfo info, ChatResult result) {
        this.model = info;
        usage.add(new StageUsage(result.promptTokens(), result.completionTokens(), info.id(), info.sha256()));
    }

    /** A note for the trace of the running stage (label chosen, scores); never personal data. */
    public void note(String text) {
        notes.add(text);
    }

    List<String> notesSince(int from) {
        return List.copyOf(notes.subList(from, notes.size()));
    }

    int noteCount() {
        return notes.size();
    }

    /** Text that was hidden in invisible characters (decoded), for the manipulation check; never stored. */
    public String hiddenText() {
        return hiddenText;
    }

    public void hiddenText(String value) {
        this.hiddenText = value == null ? "" : value;
    }

    /** Model calls recorded since {@code from} (the runner slices them per stage). */
    List<StageUsage> usageSince(int from) {
        return List.copyOf(usage.subList(from, usage.size()));
    }

    int usageCount() {
        return usage.size();
    }

    public String conversationId() {
        return conversationId;
    }

    /** The question as the stages may see it: redacted once CheckInput has run. */
    public String question() {
        return question;
    }

    public void replaceQuestion(String redacted) {
        this.question = redacted;
    }

    /** The language the reply must be in. */
    public String language() {
        return language;
    }

    public void language(String value) {
        this.language = value;
    }

    public List<Turn> history() {
        return history;
    }

    /** The request rewritten to stand alone (follow-ups resolved); the request itself until then. */
    public String standaloneQuestion() {
        return standaloneQuestion == null ? request() : standaloneQuestion;
    }

    public void standaloneQuestion(String value) {
        this.standaloneQuestion = value;
    }

    /** Marks a text that stands in for redacted personal data ("[email address]"). */
    public void placeholder(String text) {
        placeholders.add(text);
    }

    /**
     * The standalone question without the placeholders of redacted personal data: what retrieval and
     * evidence selection compare with the guidance ("[national insurance number]" is no topic).
     */
    public String searchQuestion() {
        String text = standaloneQuestion();
        for (String placeholder : placeholders) {
            text = text.replace(placeholder, " ");
        }
        return text.replaceAll("\\s{2,}", " ").strip();
    }

    public String route() {
        return route;
    }

    public void route(String label) {
        route(label, List.of());
    }

    /** A route with the categories found for it (the kinds of crisis, the kinds of harm asked for). */
    public void route(String label, List<String> categories) {
        this.route = label;
        this.routeCategories = List.copyOf(categories);
    }

    public List<String> routeCategories() {
        return routeCategories;
    }

    public List<Source> sources() {
        return sources;
    }

    public void sources(List<Source> retrieved) {
        this.sources = List.copyOf(retrieved);
    }

    public String answer() {
        return answer;
    }

    public String completeness() {
        return completeness;
    }

    public List<Source> sourcesUsed() {
        return sourcesUsed;
    }

    /** The composed answer, before output checks. */
    public void answer(String text, String completenessValue, List<Source> used) {
        this.answer = text;
        this.completeness = completenessValue;
        this.sourcesUsed = List.copyOf(used);
    }

    /**
     * Adds a caveat the citizen reads under the answer (old guidance, say). It is no part of what the answer's checks
     * read: it quotes no passage, and its figures are dates and ages, not the guidance's.
     */
    public void caveat(String text) {
        caveats.add(text);
    }

    /** The caveats added so far. */
    public List<String> caveats() {
        return List.copyOf(caveats);
    }

    /** The composed answer followed by its caveats, each a paragraph: what the citizen reads. */
    public String answerWithCaveats() {
        if (caveats.isEmpty()) {
            return answer;
        }
        StringBuilder text = new StringBuilder(answer.strip());
        caveats.forEach(caveat -> text.append("\n\n").append(caveat.strip()));
        return text.toString();
    }

    /** Marks something noteworthy for the trace and the record (e.g. "personal_data:email"). */
    public void flag(String flag) {
        flags.add(flag);
    }

    public Set<String> flags() {
        return Set.copyOf(flags);
    }

    public TokenSink sink() {
        return sink;
    }

    public AnswerStatus status() {
        return status;
    }

    public String reply() {
        return reply;
    }

    public String stopReason() {
        return stopReason;
    }

    /**
     * The relevance gate's threshold for this question only, instead of {@code guichet.ask.min-relevance}:
     * the answer evaluation opens the gate (negative infinity) and then simulates every threshold.
     */
    public void minRelevance(double threshold) {
        this.minRelevance = OptionalDouble.of(threshold);
    }

    /** The threshold set for this question, empty for the configured one. */
    public OptionalDouble minRelevance() {
        return minRelevance;
    }

    /** Records the score the relevance gate read (the best quote's similarity to the question). */
    public void relevance(double score) {
        this.relevance = OptionalDouble.of(score);
    }

    /** The score the relevance gate read; empty when the pipeline stopped before the gate. */
    public OptionalDouble relevance() {
        return relevance;
    }

    /** The chat model used last, if any. */
    public ModelInfo model() {
        return model;
    }

    /** Model tokens of one call. */
    record StageUsage(int promptTokens, int completionTokens, String modelId, String modelSha256) {
    }
}
