package guichet.app.system.cli;

import guichet.inference.onnx.OnnxEmbeddingModel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ConfigurableApplicationContext;
import sun.misc.Signal;

import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Ends the process on SIGTERM and SIGINT in Guichet's order: its own shutdown first (requests
 * drained, warm-ups stopped, models closed after their runs), the JVM's shutdown hooks after. The
 * JVM starts all its hooks at once, and ONNX Runtime's frees the runtime's environment while an
 * embedding may still run, which crashes the process in native code (ADR 24).
 */
final class ShutdownSignals {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownSignals.class);
    private static final List<String> SIGNALS = List.of("TERM", "INT");
    // Signals are the process's, not a context's: one record of the signal being handled.
    private static final AtomicReference<Signal> RECEIVED = new AtomicReference<>();

    private ShutdownSignals() {
    }

    /** Handles the termination signals from now on by closing {@code context}, then exiting as the JVM would. */
    static void install(ConfigurableApplicationContext context) {
        for (String name : SIGNALS) {
            try {
                Signal.handle(new Signal(name), signal -> end(context, signal));
            } catch (IllegalArgumentException e) {
                // Taken by the JVM (-Xrs, or a debugger): its own handling stays.
                LOG.debug("SIG{} left to the JVM: {}", name, e.getMessage());
            }
        }
    }

    /** The exit code of the signal being handled, if one was received: a command cut short reports that. */
    static OptionalInt stopping() {
        Signal signal = RECEIVED.get();
        return signal == null ? OptionalInt.empty() : OptionalInt.of(exitCode(signal));
    }

    /**
     * Waits for the signal handler to end the process. A command cut short must not call
     * {@code System.exit} itself: that would start the JVM's hooks under the shutdown still running.
     */
    static void awaitExit() {
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void end(ConfigurableApplicationContext context, Signal signal) {
        if (!RECEIVED.compareAndSet(null, signal)) {
            // A second Ctrl+C must not start the JVM's hooks under the shutdown already running.
            LOG.info("already stopping (SIG{})", signal.getName());
            return;
        }
        try {
            context.close();
        } catch (RuntimeException e) {
            LOG.warn("stopping Guichet: {}", e.getMessage());
        } finally {
            OnnxEmbeddingModel.closeAll();
        }
        System.exit(exitCode(signal));
    }

    private static int exitCode(Signal signal) {
        return 128 + signal.getNumber();
    }
}
