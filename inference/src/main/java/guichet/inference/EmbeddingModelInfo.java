package guichet.inference;

/**
 * Identity of an embedding model.
 *
 * @param id catalogue id
 * @param sha256 checksum of the model file (the weights decide the vectors)
 * @param dimensions vector size
 * @param maxTokens longest input the model takes; longer inputs are truncated
 */
public record EmbeddingModelInfo(String id, String sha256, int dimensions, int maxTokens) {
}
