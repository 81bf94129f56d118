package guichet.app.web;

import guichet.app.system.energy.EnergyMeter;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.pipeline.Citation;
import guichet.app.ask.pipeline.TraceEntry;
import guichet.app.ask.store.ConversationStore;
import guichet.app.ask.store.ConversationStore.StoredAnswer;
import guichet.app.ask.store.ConversationStore.StoredMessage;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.knowledge.GuidanceAge;
import guichet.app.system.engine.InferenceRuntime;
import guichet.inference.ModelInfo;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stored conversation as the page shows it: each question with its answer, the answer's text
 * split for display, its citations, the model that wrote it and the stages it passed. Only what a
 * citizen may see is kept: stage names, outcomes and times, never the trace's notes.
 */
@Component
class Exchanges {

    private final ConversationStore store;
    private final InferenceRuntime runtime;
    private final GuidanceAge age;

    Exchanges(ConversationStore store, InferenceRuntime runtime, GuidanceAge age) {
        this.store = store;
        this.runtime = runtime;
        this.age = age;
    }

    /** A question and its answer (null for a question not answered yet). */
    record Exchange(String question, AnswerView answer) {
    }

    /**
     * An answer as the page shows it.
     *
     * @param id the answer message's id (feedback and anchors use it)
     * @param status the status's wire name, e.g. "answered"
     * @param family the status's family in lower case, for styling
     * @param language the language its own words are in ("en" or "fr"), for the {@code lang} attribute
     * @param model the name of the model that wrote it, empty when the reply is a fixed text
     * @param stages the stages it passed, in order
     */
    record AnswerView(String id, AnswerText text, String status, String family, String language,
                      List<CitationView> citations, String model, List<StageView> stages, long totalMillis) {

        public boolean answered() {
            return "answered".equals(family);
        }
    }

    /**
     * A citation as a link: its number in the answer's {@code [n]} markers, and its address when
     * it is a web address (anything else is shown as text, never as a link); the day its page was last
     * updated (null if unknown), and whether that is longer ago than {@code guichet.knowledge.stale-after}.
     */
    record CitationView(int number, String title, String section, String url, LocalDate updated, boolean old) {

        static CitationView of(int number, Citation citation) {
            return of(number, citation, null);
        }

        /** @param age judges the page's date; null to judge none old */
        static CitationView of(int number, Citation citation, GuidanceAge age) {
            String url = citation.url() == null ? "" : citation.url().strip();
            boolean web = url.regionMatches(true, 0, "https://", 0, 8) || url.regionMatches(true, 0, "http://", 0, 7);
            String title = citation.title() == null || citation.title().isBlank() ? url : citation.title();
            String section = citation.section() == null || citation.section().equals(title) ? "" : citation.section();
            LocalDate updated = citation.updated();
            return new CitationView(number, title, section, web ? url : "", updated,
                    updated != null && age != null && age.isOld(updated));
        }
    }

    /** One stage of the trace: its name, "passed" or the status it stopped with, and its time. */
    record StageView(String name, String outcome, long millis) {
    }

    /** Every exchange of a conversation, oldest first. */
    List<Exchange> of(String conversationId) {
        List<Exchange> exchanges = new ArrayList<>();
        String question = null;
        for (StoredMessage message : store.messages(conversationId)) {
            if ("citizen".equals(message.role())) {
                if (question != null) {
                    exchanges.add(new Exchange(question, null));
                }
                question = message.text();
            } else {
                exchanges.add(new Exchange(question == null ? "" : question, view(message)));
                question = null;
            }
        }
        if (question != null) {
            exchanges.add(new Exchange(question, null));
        }
        return exchanges;
    }

    private AnswerView view(StoredMessage message) {
        StoredAnswer stored = message.answer();
        if (stored == null) {
            // Earlier conversation an API client sent: shown as text only.
            return new AnswerView(message.id(), AnswerText.of(message.text(), 0), "", "", "", List.of(), "", List.of(), 0);
        }
        AnswerStatus status = status(stored.status());
        List<StageView> stages = stored.trace().stream()
                .filter(entry -> !EnergyMeter.TRACE_STAGE.equals(entry.stage()))
                .map((TraceEntry entry) -> new StageView(entry.stage(), entry.outcome(), entry.millis())).toList();
        List<CitationView> citations = new ArrayList<>();
        for (Citation citation : stored.citations()) {
            citations.add(CitationView.of(citations.size() + 1, citation, age));
        }
        return new AnswerView(message.id(), AnswerText.of(message.text(), citations.size()),
                stored.status(), status.family().name().toLowerCase(Locale.ROOT),
                CitizenTexts.replyLanguage(stored.language()), citations, modelName(stored.modelId()), stages, stored.totalMillis());
    }

    private static AnswerStatus status(String wireName) {
        try {
            return AnswerStatus.valueOf(wireName.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            return AnswerStatus.ERROR;
        }
    }

    /** The model's own name when it is the one loaded, else its catalogue id; empty for a fixed reply. */
    String modelName(String modelId) {
        if (modelId == null || modelId.isBlank()) {
            return "";
        }
        if (runtime.state() == InferenceRuntime.State.READY) {
            try {
                ModelInfo info = runtime.chat().info();
                if (info.id().equals(modelId) && !info.name().isBlank()) {
                    return info.name() + " (" + modelId + ")";
                }
            } catch (RuntimeException e) {
                // Unloaded meanwhile: the id will do.
            }
        }
        return modelId;
    }
}
