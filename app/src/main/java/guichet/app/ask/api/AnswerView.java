package guichet.app.ask.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.app.ask.Assistant;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.store.ConversationStore;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An answer as the API returns it, and as the last event of a stream carries it.
 *
 * @param answer the reply text (authoritative: streamed pieces may have been replaced by a check)
 * @param status answered, clarification, unanswerable, refused, crisis_signposted, guardrail or error
 * @param language the reply's language
 * @param sources the sections it stands on, each a link to the exact section
 * @param model the chat model that wrote it, null when no model was used
 * @param timings end-to-end and per-stage times
 * @param messageId the answer's id, to send feedback on it
 * @param completeness for an answer, "complete", or "partial" when the guidance covers only part of the
 *                     question (the page says "partly answered"); absent otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AnswerView(String answer, String status, String language, List<Source> sources, String model,
                         Timings timings, String messageId, String completeness) {

    /**
     * A cited section.
     *
     * @param guidanceDate the day its page was last updated ("2020-11-05"), absent when the page gives none
     */
    public record Source(String title, String url, String section, String documentId,
                         @JsonInclude(JsonInclude.Include.NON_NULL) LocalDate guidanceDate) {

        static List<Source> of(List<Citation> citations) {
            return citations.stream().map(c -> new Source(c.title(), c.url(), c.section(), c.documentId(),
                    c.updated())).toList();
        }
    }

    /**
     * How long it took.
     *
     * @param totalMillis from question to stored answer
     * @param firstTokenMillis to the first streamed piece; null when nothing streamed
     * @param stages each stage that ran, in order, with its milliseconds
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timings(@JsonProperty("total_ms") long totalMillis, @JsonProperty("first_token_ms") Long firstTokenMillis,
                          Map<String, Long> stages) {

        static Timings of(long total, long firstToken, List<TraceEntry> trace) {
            Map<String, Long> stages = new LinkedHashMap<>();
            trace.forEach(entry -> stages.merge(entry.stage(), entry.millis(), Long::sum));
            return new Timings(total, firstToken < 0 ? null : firstToken, stages);
        }
    }

    /** Says that an AI wrote this answer (EU AI Act, Art. 50), in the answer's language. */
    @JsonProperty("aiNotice")
    public String aiNotice() {
        return "fr".equals(language)
                ? "Réponse rédigée par un assistant d’intelligence artificielle à partir des informations officielles "
                + "citées : elle peut être fausse, vérifiez la source avant d’agir."
                : "Written by an AI assistant from the official guidance it cites: it can be wrong, check the source "
                + "before you act.";
    }

    public static AnswerView of(Assistant.AnswerRecorded recorded) {
        Answer answer = recorded.answer();
        return new AnswerView(answer.text(), answer.status().wireName(), answer.language(),
                Source.of(answer.citations()), blankToNull(answer.modelId()),
                Timings.of(answer.totalMillis(), answer.firstTokenMillis(), answer.trace()), recorded.messageId(),
                blankToNull(answer.completeness()));
    }

    static AnswerView of(ConversationStore.StoredMessage message) {
        ConversationStore.StoredAnswer answer = message.answer();
        return new AnswerView(message.text(), answer.status(), answer.language(), Source.of(answer.citations()),
                blankToNull(answer.modelId()), Timings.of(answer.totalMillis(), answer.firstTokenMillis(), answer.trace()),
                message.id(), null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
