package guichet.inference.scheduling;

import guichet.inference.EngineUnavailableException;
import guichet.inference.InvalidSettingsException;
import guichet.inference.OverloadedException;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Admits work to a fixed number of engine slots: one platform thread per slot, a bounded FIFO
 * queue in front of them, and past that an immediate {@link OverloadedException} carrying a
 * retry-after estimate. See docs/adr/0003-scheduling-concurrent-requests.md.
 */
public final class SlotScheduler implements AutoCloseable {

    private static final Duration MIN_RETRY = Duration.ofSeconds(1);
    private static final Duration MAX_RETRY = Duration.ofMinutes(2);

    private final String name;
    private final int slots;
    private final ThreadPoolExecutor executor;
    private final AtomicInteger active = new AtomicInteger();
    private final ServiceTime serviceTime = new ServiceTime();
    private volatile boolean closing;

    /**
     * @param name names the slot threads (for thread dumps)
     * @param slots work items run at once
     * @param queueCapacity work items that may wait; 0 means none wait
     */
    public SlotScheduler(String name, int slots, int queueCapacity) {
        InvalidSettingsException.requireAtLeast("slots", slots, 1);
        InvalidSettingsException.requireAtLeast("queue capacity", queueCapacity, 0);
        this.name = name;
        this.slots = slots;
        AtomicInteger threadNumber = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(slots, slots, 0, TimeUnit.MILLISECONDS,
                queueCapacity == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queueCapacity),
                runnable -> {
                    Thread thread = new Thread(runnable, name + "-slot-" + threadNumber.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                },
                new ThreadPoolExecutor.AbortPolicy());
        executor.prestartAllCoreThreads();
    }

    /**
     * Queues {@code work}; it runs when a slot is free. Returns a handle that can withdraw it while
     * it still waits.
     *
     * @throws OverloadedException when every slot is busy and the queue is full
     * @throws EngineUnavailableException when the scheduler is closing
     */
    public Ticket submit(Runnable work) {
        if (closing) {
            throw new EngineUnavailableException(name + " is shutting down");
        }
        Runnable timed = () -> {
            active.incrementAndGet();
            long start = System.nanoTime();
            try {
                work.run();
            } finally {
                serviceTime.record(System.nanoTime() - start);
                active.decrementAndGet();
            }
        };
        try {
            executor.execute(timed);
        } catch (RejectedExecutionException e) {
            if (closing || executor.isShutdown()) {
                throw new EngineUnavailableException(name + " is shutting down");
            }
            throw new OverloadedException("all " + slots + " slots of " + name + " are busy and "
                    + executor.getQueue().size() + " requests are waiting", retryAfter());
        }
        return () -> executor.remove(timed);
    }

    /** How long a rejected caller should wait: the expected time for the queue ahead to drain. */
    public Duration retryAfter() {
        double ahead = executor.getQueue().size() + active.get();
        long millis = (long) Math.ceil(serviceTime.averageMillis() * ahead / slots);
        Duration estimate = Duration.ofMillis(millis);
        if (estimate.compareTo(MIN_RETRY) < 0) {
            return MIN_RETRY;
        }
        return estimate.compareTo(MAX_RETRY) > 0 ? MAX_RETRY : estimate;
    }

    /** Work items waiting for a slot. */
    public int queueDepth() {
        return executor.getQueue().size();
    }

    /** Work items running. */
    public int active() {
        return active.get();
    }

    public int slots() {
        return slots;
    }

    /** Stops taking work; lets running and queued items finish for up to {@code drain}. */
    public boolean shutdown(Duration drain) {
        closing = true;
        executor.shutdown();
        try {
            return executor.awaitTermination(drain.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Override
    public void close() {
        closing = true;
        executor.shutdownNow();
    }

    /** A queued work item. */
    @FunctionalInterface
    public interface Ticket {
        /** Removes the work if it has not started; true when it was removed. */
        boolean withdraw();
    }

    /** Exponentially weighted mean of recent service times. */
    private static final class ServiceTime {
        private static final double WEIGHT = 0.2;
        private double meanMillis = 5_000;

        synchronized void record(long nanos) {
            meanMillis = (1 - WEIGHT) * meanMillis + WEIGHT * nanos / 1e6;
        }

        synchronized double averageMillis() {
            return meanMillis;
        }
    }
}
