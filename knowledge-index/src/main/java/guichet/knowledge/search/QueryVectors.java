package guichet.knowledge.search;

import guichet.inference.EmbeddingModel;
import guichet.knowledge.InvalidQueryException;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Query vectors for searches: the most recently used ones are kept (a question asked again is not
 * embedded again), and a query can be embedded on a worker thread while the caller runs the BM25
 * search, so that hybrid search costs the longer of the two rather than their sum.
 */
public final class QueryVectors implements AutoCloseable {

    private final EmbeddingModel embedder;
    private final int capacity;
    private final Map<String, float[]> recent;
    private final ExecutorService workers;

    public QueryVectors(EmbeddingModel embedder, int capacity) {
        this.embedder = embedder;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true);
        AtomicInteger count = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "query-embedding-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** The query's vector, from the recent ones or embedded now on this thread. */
    public float[] get(String text) {
        float[] vector = recent(text);
        return vector != null ? vector : embed(text);
    }

    /** Starts embedding the query on a worker (unless it is a recent one); the supplier waits for it. */
    public Supplier<float[]> start(String text) {
        float[] vector = recent(text);
        if (vector != null) {
            return () -> vector;
        }
        CompletableFuture<float[]> future = CompletableFuture.supplyAsync(() -> embed(text), workers);
        return () -> {
            try {
                return future.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
            }
        };
    }

    /** Checks a vector computed elsewhere. */
    public float[] check(float[] vector) {
        if (vector.length != embedder.info().dimensions()) {
            throw new InvalidQueryException("the query vector has " + vector.length + " dimensions, the index "
                    + embedder.info().dimensions());
        }
        return vector;
    }

    private float[] recent(String text) {
        if (capacity == 0) {
            return null;
        }
        synchronized (recent) {
            return recent.get(text);
        }
    }

    private float[] embed(String text) {
        float[] vector = check(embedder.embedQuery(text));
        if (capacity > 0) {
            synchronized (recent) {
                recent.put(text, vector);
                if (recent.size() > capacity) {
                    recent.remove(recent.keySet().iterator().next());
                }
            }
        }
        return vector;
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
