package guichet.knowledge.search;

import guichet.inference.EmbeddingModel;
import guichet.knowledge.InvalidQueryException;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Query vectors for searches: the most recently used ones are kept (a question asked again is not
 * embedded again).
 */
public final class QueryVectors {

    private final EmbeddingModel embedder;
    private final int capacity;
    private final Map<String, float[]> recent;

    public QueryVectors(EmbeddingModel embedder, int capacity) {
        this.embedder = embedder;
        this.capacity = capacity;
        this.recent = new LinkedHashMap<>(16, 0.75f, true);
    }

    /** The query's vector, from the recent ones or embedded now on this thread. */
    public float[] get(String text) {
        float[] vector = recent(text);
        return vector != null ? vector : embed(text);
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
}
