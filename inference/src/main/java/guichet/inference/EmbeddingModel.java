package guichet.inference;

import java.util.List;

/**
 * A sentence-embedding model. Queries and passages are embedded separately because some models
 * (E5) want a different prefix for each.
 */
public interface EmbeddingModel extends AutoCloseable {

    /** The model's id, checksum and vector size; an index records them and refuses another embedder. */
    EmbeddingModelInfo info();

    /** Embeds a search query. */
    float[] embedQuery(String query);

    /** Embeds passages to index, in batches; the result is in the order of the input. */
    List<float[]> embedPassages(List<String> passages);

    /**
     * Tokens the model reads for a query, its prefix and special tokens included, after truncation to the
     * model's limit; -1 when the model cannot tell.
     */
    default int countQueryTokens(String query) {
        return -1;
    }

    @Override
    void close();
}
