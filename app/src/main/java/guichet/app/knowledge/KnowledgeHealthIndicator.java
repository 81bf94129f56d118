package guichet.app.knowledge;

import guichet.knowledge.IndexStats;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the knowledge index: up once open (and filled with the sample on first start). */
@Component("knowledge")
class KnowledgeHealthIndicator implements HealthIndicator {

    private final KnowledgeRuntime runtime;

    KnowledgeHealthIndicator(KnowledgeRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Health health() {
        return switch (runtime.state()) {
            case READY -> {
                IndexStats stats = runtime.index().stats();
                yield Health.up().withDetail("documents", stats.documents()).withDetail("chunks", stats.chunks())
                        .withDetail("embedder", stats.embedderId()).build();
            }
            case FAILED -> Health.down().withDetail("reason", runtime.detail()).build();
            default -> Health.outOfService().withDetail("state", runtime.state().name().toLowerCase())
                    .withDetail("detail", runtime.detail()).build();
        };
    }
}
