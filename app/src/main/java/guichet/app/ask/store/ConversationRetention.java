package guichet.app.ask.store;

import guichet.app.ask.settings.AskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Deletes conversations nobody has touched for {@code guichet.ask.retention} (365 days by
 * default): at start-up and then every night. Only counts are logged.
 */
@Component
@ConditionalOnWebApplication
public class ConversationRetention {

    private static final Logger LOG = LoggerFactory.getLogger(ConversationRetention.class);

    private final ConversationStore store;
    private final AskProperties properties;
    private final Clock clock;

    ConversationRetention(ConversationStore store, AskProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        purge();
    }

    @Scheduled(cron = "0 30 3 * * *")
    void nightly() {
        purge();
    }

    /** Deletes what is past retention now; returns how many conversations went. */
    public int purge() {
        Instant cutoff = clock.instant().minus(properties.retention());
        int deleted = store.deleteInactiveSince(cutoff);
        if (deleted > 0) {
            LOG.info("retention: deleted {} conversations inactive for more than {} days", deleted,
                    properties.retention().toDays());
        } else {
            LOG.debug("retention: nothing to delete");
        }
        return deleted;
    }
}
