package guichet.inference;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Query vectors of fixed example texts (routing, crisis and triage examples), kept for the life of the
 * process and shared by every component that embeds the same examples with the same model: a second
 * classifier over them, a retrain, or a restarted application context costs no model call.
 *
 * <p>Only examples belong here, never what a citizen or an officer wrote: the vectors stay in memory
 * until the process ends. A vector depends on the model's weights, so the key holds its checksum.
 */
public final class ExampleVectors {

    /** About 15 MB of 384-dimension vectors: far more than the shipped examples, so a bound, not a budget. */
    static final int MAX_ENTRIES = 10_000;

    private static final Map<Key, float[]> VECTORS = new ConcurrentHashMap<>();

    private record Key(String model, String sha256, String text) {
    }

    private ExampleVectors() {
    }

    /**
     * The query vector of {@code text} under {@code model}, embedded now unless an earlier call did.
     * The array is shared: callers read it and never write to it.
     */
    public static float[] embedQuery(EmbeddingModel model, String text) {
        EmbeddingModelInfo info = model.info();
        Key key = new Key(info.id(), info.sha256(), text);
        float[] known = VECTORS.get(key);
        if (known != null) {
            return known;
        }
        float[] vector = model.embedQuery(text);
        if (VECTORS.size() < MAX_ENTRIES) {
            VECTORS.putIfAbsent(key, vector);
        }
        return vector;
    }
}
