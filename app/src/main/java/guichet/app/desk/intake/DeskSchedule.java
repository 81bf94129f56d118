package guichet.app.desk.intake;

import guichet.app.desk.CaseProcessor;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.system.engine.InferenceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * In {@code serve}: polls the mailbox (when enabled) and analyses cases still waiting, once the models
 * are loaded. A failed poll is logged and tried again at the next interval.
 */
@Component
@ConditionalOnProperty(name = "guichet.command", havingValue = "serve")
class DeskSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(DeskSchedule.class);

    private final ImapPoller poller;
    private final CaseProcessor processor;
    private final InferenceRuntime runtime;
    private final DeskProperties properties;

    DeskSchedule(ImapPoller poller, CaseProcessor processor, InferenceRuntime runtime, DeskProperties properties) {
        this.poller = poller;
        this.processor = processor;
        this.runtime = runtime;
        this.properties = properties;
    }

    @Scheduled(initialDelayString = "${guichet.desk.imap.initial-delay:30s}", fixedDelayString = "${guichet.desk.imap.interval:1m}")
    void run() {
        if (runtime.state() != InferenceRuntime.State.READY) {
            return;
        }
        if (properties.imap().enabled()) {
            try {
                poller.pollNow();
            } catch (RuntimeException e) {
                LOG.warn("mailbox not polled: {}", e.getMessage());
            }
        }
        processor.processWaiting(20);
    }
}
