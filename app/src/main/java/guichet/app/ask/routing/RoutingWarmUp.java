package guichet.app.ask.routing;

import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.refusal.HarmfulIntent;
import guichet.app.system.engine.InferenceRuntime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.concurrent.CancellationException;

/**
 * In {@code serve}, embeds the routing, crisis and harmful-request examples as soon as the embedding model is loaded, so the
 * first citizen does not wait for it. On shutdown it stops between two examples and is waited for
 * before the runtime closes the model (Spring destroys this bean first, as it depends on the
 * runtime): closing a model in the middle of a run would crash the process in native code.
 */
@Component
@ConditionalOnProperty(name = "guichet.command", havingValue = "serve")
class RoutingWarmUp implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingWarmUp.class);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final InferenceRuntime runtime;
    private final PrototypeClassifier classifier;
    private final CrisisDetector crisis;
    private final HarmfulIntent harmful;
    private volatile boolean stopping;
    private volatile Thread thread;

    RoutingWarmUp(InferenceRuntime runtime, PrototypeClassifier classifier, CrisisDetector crisis, HarmfulIntent harmful) {
        this.runtime = runtime;
        this.classifier = classifier;
        this.crisis = crisis;
        this.harmful = harmful;
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread worker = new Thread(this::warmUpWhenReady, "guichet-routing-warm-up");
        worker.setDaemon(true);
        thread = worker;
        worker.start();
    }

    private void warmUpWhenReady() {
        try {
            while (runtime.state() != InferenceRuntime.State.READY) {
                if (stopping || runtime.state() == InferenceRuntime.State.FAILED
                        || runtime.state() == InferenceRuntime.State.STOPPED) {
                    return;
                }
                Thread.sleep(250);
            }
            long start = System.nanoTime();
            classifier.warmUp(() -> stopping || runtime.state() != InferenceRuntime.State.READY);
            crisis.warmUp(() -> stopping || runtime.state() != InferenceRuntime.State.READY);
            harmful.warmUp(() -> stopping || runtime.state() != InferenceRuntime.State.READY);
            LOG.info("routing examples embedded in {} ms", (System.nanoTime() - start) / 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (CancellationException e) {
            LOG.debug("routing warm-up stopped");
        } catch (RuntimeException e) {
            LOG.warn("routing examples not embedded yet ({}); the first question will do it", e.getMessage());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        stopping = true;
        Thread worker = thread;
        if (worker != null) {
            worker.join(STOP_WAIT_MILLIS);
        }
    }
}
