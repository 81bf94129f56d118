package guichet.app.system.engine;

import guichet.app.system.audit.AuditTrail;
import guichet.inference.EmbeddingModelInfo;
import guichet.inference.ModelInfo;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Records in the audit trail which models a starting server serves (ids and checksums) and the version that
 * serves them, so a regulator can tell which configuration every later answer came from.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ServedModelsAudit implements WarmUp {

    private final InferenceRuntime runtime;
    private final AuditTrail audit;

    ServedModelsAudit(InferenceRuntime runtime, AuditTrail audit) {
        this.runtime = runtime;
        this.audit = audit;
    }

    @Override
    public String name() {
        return "audit of the served models";
    }

    @Override
    public void warmUp(BooleanSupplier stop) {
        ModelInfo chat = runtime.chat().info();
        EmbeddingModelInfo embedder = runtime.embeddings().info();
        String version = ServedModelsAudit.class.getPackage().getImplementationVersion();
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("version", version == null ? "development build" : version);
        detail.put("chat_model", chat.id());
        detail.put("chat_model_sha256", chat.sha256());
        detail.put("backend", chat.backend());
        detail.put("embedder", embedder.id());
        detail.put("embedder_sha256", embedder.sha256());
        audit.record("system.started", "operator", "pid:" + ProcessHandle.current().pid(), detail);
    }
}
