package guichet.knowledge.embed;

/**
 * Vectors already computed for exact texts, so an ingest need not run the embedding model again.
 * Keys ({@link EmbeddingKey}) hash the embedder's id, its checksum and the exact text embedded:
 * a vector can only ever be found for the model and text it was computed from.
 */
public interface EmbeddingCache {

    /** No cache: every text is embedded. */
    EmbeddingCache NONE = key -> null;

    /** The vector recorded for this key, or null. */
    float[] find(EmbeddingKey key);

    /** Offers a vector the model has just computed; read-only caches ignore it. */
    default void record(EmbeddingKey key, float[] vector) {
    }
}
