package guichet.knowledge.embed;

import guichet.inference.EmbeddingModel;
import guichet.knowledge.KnowledgeException;

import java.util.ArrayList;
import java.util.List;

/**
 * Embeds passages through a cache: each text is looked up first; the misses are embedded in one
 * call to the model and offered to the cache. Counts what came from where.
 */
public final class CachedEmbedder {

    private final EmbeddingModel model;
    private final EmbeddingCache cache;
    private int hits;
    private int computed;
    private long modelNanos;

    public CachedEmbedder(EmbeddingModel model, EmbeddingCache cache) {
        this.model = model;
        this.cache = cache;
    }

    /** One vector per text, in order. */
    public List<float[]> embed(List<String> texts) {
        float[][] vectors = new float[texts.size()][];
        List<EmbeddingKey> keys = new ArrayList<>(texts.size());
        List<Integer> missing = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            EmbeddingKey key = EmbeddingKey.of(model.info(), texts.get(i));
            keys.add(key);
            vectors[i] = cache.find(key);
            if (vectors[i] == null) {
                missing.add(i);
            }
        }
        hits += texts.size() - missing.size();
        if (!missing.isEmpty()) {
            long start = System.nanoTime();
            List<float[]> embedded = model.embedPassages(missing.stream().map(texts::get).toList());
            modelNanos += System.nanoTime() - start;
            if (embedded.size() != missing.size()) {
                throw new KnowledgeException("the embedding model returned " + embedded.size() + " vectors for "
                        + missing.size() + " passages");
            }
            for (int j = 0; j < missing.size(); j++) {
                int i = missing.get(j);
                vectors[i] = embedded.get(j);
                cache.record(keys.get(i), vectors[i]);
            }
            computed += missing.size();
        }
        return List.of(vectors);
    }

    /** Vectors found in the cache so far. */
    public int hits() {
        return hits;
    }

    /** Vectors the model computed so far. */
    public int computed() {
        return computed;
    }

    /** Time spent in the model so far. */
    public long modelNanos() {
        return modelNanos;
    }
}
