package guichet.app.system.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Token buckets (Bucket4j) per client key, in memory. A bucket left alone for a whole period is full
 * again, so it is dropped then; that keeps memory bounded by the clients of the last period.
 */
@Component
public class RateLimiter {

    private final Map<String, Entry> buckets = new ConcurrentHashMap<>();

    /**
     * The outcome of one request.
     *
     * @param remaining requests left right now
     * @param retryAfter how long until the next request is allowed (zero when allowed)
     */
    public record Decision(boolean allowed, long remaining, Duration retryAfter) {
    }

    private record Entry(Bucket bucket, long capacity, Duration period, long[] lastUsedNanos) {
    }

    /** Takes one request from {@code key}'s bucket of {@code capacity} per {@code period}. */
    public Decision tryConsume(String key, long capacity, Duration period) {
        Entry entry = buckets.compute(key, (k, existing) -> existing != null && existing.capacity() == capacity
                && existing.period().equals(period) ? existing : newEntry(capacity, period));
        entry.lastUsedNanos()[0] = System.nanoTime();
        ConsumptionProbe probe = entry.bucket().tryConsumeAndReturnRemaining(1);
        return new Decision(probe.isConsumed(), probe.getRemainingTokens(),
                probe.isConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    /** Clients being tracked. */
    public int tracked() {
        return buckets.size();
    }

    @Scheduled(fixedDelay = 60_000)
    void dropIdle() {
        long now = System.nanoTime();
        buckets.entrySet().removeIf(e -> now - e.getValue().lastUsedNanos()[0] > e.getValue().period().toNanos());
    }

    private static Entry newEntry(long capacity, Duration period) {
        Bucket bucket = Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillGreedy(capacity, period).build())
                .build();
        return new Entry(bucket, capacity, period, new long[] {System.nanoTime()});
    }
}
