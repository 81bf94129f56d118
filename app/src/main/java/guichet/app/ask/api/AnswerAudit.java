package guichet.app.ask.api;

import guichet.app.ask.Assistant;
import guichet.app.ask.pipeline.Answer;
import guichet.app.ask.store.ConversationStore;
import guichet.app.system.audit.AuditTrail;
import guichet.app.system.audit.Pseudonyms;
import guichet.app.system.engine.InferenceRuntime;
import guichet.inference.EmbeddingModelInfo;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes every stored answer to the audit trail: which conversation, which models (with their checksums),
 * the sources cited, how it ended and which checks it went through — never the question or the reply.
 */
@Component
class AnswerAudit {

    private final AuditTrail trail;
    private final ConversationStore conversations;
    private final InferenceRuntime runtime;

    AnswerAudit(AuditTrail trail, ConversationStore conversations, InferenceRuntime runtime) {
        this.trail = trail;
        this.conversations = conversations;
        this.runtime = runtime;
    }

    @EventListener
    void onAnswer(Assistant.AnswerRecorded recorded) {
        Answer answer = recorded.answer();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("message", Pseudonyms.message(recorded.messageId()));
        detail.put("status", answer.status().name().toLowerCase(java.util.Locale.ROOT));
        detail.put("language", answer.language());
        detail.put("model", answer.modelId() == null ? "" : answer.modelId());
        detail.put("model_sha256", answer.modelSha256() == null ? "" : answer.modelSha256());
        EmbeddingModelInfo embedder = embedder();
        detail.put("embedder", embedder == null ? "" : embedder.id());
        detail.put("embedder_sha256", embedder == null ? "" : embedder.sha256());
        detail.put("sources", answer.citations().stream()
                .map(c -> Map.of("document", nullToEmpty(c.documentId()), "section", nullToEmpty(c.section()),
                        "url", nullToEmpty(c.url())))
                .toList());
        detail.put("checks", answer.trace().stream()
                .map(t -> List.of(t.stage(), t.outcome()))
                .toList());
        answer.relevance().ifPresent(r -> detail.put("relevance", Math.round(r * 1000) / 1000.0));
        String actor = conversations.find(recorded.conversationId())
                .map(c -> Pseudonyms.of(c.owner())).orElse("citizen");
        trail.record("answer", actor, Pseudonyms.conversation(recorded.conversationId()), detail);
    }

    private EmbeddingModelInfo embedder() {
        try {
            return runtime.embeddings().info();
        } catch (RuntimeException e) {
            return null; // the engine is closing: the answer is still audited
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
