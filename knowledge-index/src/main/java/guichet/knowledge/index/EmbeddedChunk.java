package guichet.knowledge.index;

import guichet.knowledge.chunk.Chunk;

/**
 * A chunk with its vector, ready to write.
 *
 * @param contentHash the content hash of the document it comes from
 */
public record EmbeddedChunk(Chunk chunk, float[] vector, String contentHash) {
}
