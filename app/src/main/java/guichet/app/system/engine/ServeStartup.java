package guichet.app.system.engine;

import guichet.models.ProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * In {@code serve}, prepares and loads the models, then runs what the features start with them
 * ({@link StartsAfterModels}: the knowledge index, ingesting the sample guidance the first time), on a
 * background thread once the server is up, so that {@code /actuator/health} can say what is happening meanwhile.
 */
@Component
@ConditionalOnProperty(name = "guichet.command", havingValue = "serve")
class ServeStartup implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(ServeStartup.class);

    private final InferenceRuntime runtime;
    private final ObjectProvider<StartsAfterModels> features;

    ServeStartup(InferenceRuntime runtime, ObjectProvider<StartsAfterModels> features) {
        this.runtime = runtime;
        this.features = features;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread thread = new Thread(() -> {
            try {
                runtime.start(new LoggedProgress());
                features.orderedStream().forEach(StartsAfterModels::start);
            } catch (RuntimeException e) {
                LOG.error("Guichet cannot serve answers: {}", e.getMessage());
            }
        }, "guichet-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** Progress of a start-up pull, as a log line at most every few seconds per task. */
    private static final class LoggedProgress implements ProgressListener {
        private static final long INTERVAL_NANOS = 5_000_000_000L;
        private String label = "";
        private long total;
        private long done;
        private long lastLog;

        @Override
        public synchronized void begin(String label, long totalBytes) {
            this.label = label;
            this.total = totalBytes;
            this.done = 0;
            this.lastLog = System.nanoTime();
            LOG.info("{} ({} MB)", label, totalBytes > 0 ? totalBytes >> 20 : "?");
        }

        @Override
        public synchronized void advance(long bytes) {
            done += bytes;
            long now = System.nanoTime();
            if (total > 0 && now - lastLog > INTERVAL_NANOS) {
                lastLog = now;
                LOG.info("{}: {}%", label, done * 100 / total);
            }
        }

        @Override
        public void end() {
            LOG.debug("{}: done", label);
        }

        @Override
        public void note(String message) {
            LOG.info(message);
        }
    }
}
