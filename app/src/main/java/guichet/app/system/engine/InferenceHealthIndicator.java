package guichet.app.system.engine;

import guichet.inference.ChatModel;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Health of the engines: up once both models are loaded; out of service while they load. */
@Component("inference")
class InferenceHealthIndicator implements HealthIndicator {

    private final InferenceRuntime runtime;

    InferenceHealthIndicator(InferenceRuntime runtime) {
        this.runtime = runtime;
    }

    @Override
    public Health health() {
        return switch (runtime.state()) {
            case READY -> {
                ChatModel chat = runtime.chat();
                yield Health.up()
                        .withDetail("chatModel", chat.info().id())
                        .withDetail("backend", chat.info().backend())
                        .withDetail("slots", chat.info().slots())
                        .withDetail("active", chat.activeRequests())
                        .withDetail("queued", chat.queueDepth())
                        .withDetail("embeddingModel", runtime.embeddings().info().id())
                        .build();
            }
            case FAILED -> Health.down().withDetail("state", "failed").withDetail("reason", runtime.detail()).build();
            default -> Health.outOfService().withDetail("state", runtime.state().name().toLowerCase())
                    .withDetail("detail", runtime.detail()).build();
        };
    }
}
