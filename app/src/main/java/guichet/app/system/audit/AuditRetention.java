package guichet.app.system.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Deletes audit entries older than {@code guichet.audit.retention} (6 months by default) at start-up and every
 * night, and records that it did: the chain then starts after the last entry deleted.
 */
@Component
@ConditionalOnWebApplication
class AuditRetention {

    private static final Logger LOG = LoggerFactory.getLogger(AuditRetention.class);

    private final AuditTrail trail;
    private final AuditProperties properties;
    private final Clock clock;

    AuditRetention(AuditTrail trail, AuditProperties properties, Clock clock) {
        this.trail = trail;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        purge();
    }

    @Scheduled(cron = "0 40 3 * * *")
    void nightly() {
        purge();
    }

    int purge() {
        int deleted = trail.deleteBefore(clock.instant().minus(properties.retention()));
        if (deleted > 0) {
            trail.record("audit.retention", "system", "", Map.of("deleted", deleted,
                    "retention_days", properties.retention().toDays()));
            LOG.info("audit retention: deleted {} entries older than {} days", deleted, properties.retention().toDays());
        }
        return deleted;
    }
}
