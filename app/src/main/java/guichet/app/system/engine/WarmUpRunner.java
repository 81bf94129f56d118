package guichet.app.system.engine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.CancellationException;

/**
 * In {@code serve}, runs the features' {@link WarmUp}s as soon as the models are loaded, so the first
 * citizen or officer does not wait for them. On shutdown it stops between two steps and is waited
 * for before the runtime closes the models (Spring destroys this bean first, as it depends on the
 * runtime): closing a model in the middle of a run would crash the process in native code.
 */
@Component
@ConditionalOnProperty(name = "guichet.command", havingValue = "serve")
class WarmUpRunner implements ApplicationRunner, DisposableBean {

    private static final Logger LOG = LoggerFactory.getLogger(WarmUpRunner.class);
    private static final long STOP_WAIT_MILLIS = 10_000;

    private final InferenceRuntime runtime;
    private final List<WarmUp> warmUps;
    private volatile boolean stopping;
    private volatile Thread thread;

    WarmUpRunner(InferenceRuntime runtime, ObjectProvider<WarmUp> warmUps) {
        this.runtime = runtime;
        this.warmUps = warmUps.orderedStream().toList();
    }

    @Override
    public void run(ApplicationArguments args) {
        Thread worker = new Thread(this::warmUpWhenReady, "guichet-warm-up");
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        for (WarmUp warmUp : warmUps) {
            if (stopping) {
                return;
            }
            long start = System.nanoTime();
            try {
                warmUp.warmUp(() -> stopping || runtime.state() != InferenceRuntime.State.READY);
                LOG.info("{} ready in {} ms", warmUp.name(), (System.nanoTime() - start) / 1_000_000);
            } catch (CancellationException e) {
                LOG.debug("{} warm-up stopped", warmUp.name());
                return;
            } catch (RuntimeException e) {
                LOG.warn("{} not ready yet ({}); the first request will do it", warmUp.name(), e.getMessage());
            }
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
