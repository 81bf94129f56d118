package guichet.knowledge.index;

import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.EmbedderMismatchException;

import java.util.Map;

/**
 * The embedding model an index was built with, kept in every commit's user data. An index opened
 * with another model (other id, checksum or vector size) is refused: its vectors would not compare.
 */
public final class EmbedderIdentity {

    public static final String ID = "guichet.embedder.id";
    public static final String SHA256 = "guichet.embedder.sha256";
    public static final String DIMENSIONS = "guichet.embedder.dimensions";
    public static final String FORMAT = "guichet.index.format";
    /** 2: one vector field per language (ADR 23); indexes of format 1 stay readable. */
    public static final String FORMAT_VERSION = "2";

    private EmbedderIdentity() {
    }

    public static Map<String, String> userData(EmbeddingModelInfo info) {
        return Map.of(ID, info.id(), SHA256, info.sha256(), DIMENSIONS, Integer.toString(info.dimensions()),
                FORMAT, FORMAT_VERSION);
    }

    /** @throws EmbedderMismatchException when the commit names another model */
    public static void check(Map<String, String> userData, EmbeddingModelInfo info) {
        String id = userData.get(ID);
        String sha = userData.getOrDefault(SHA256, "");
        String dimensions = userData.getOrDefault(DIMENSIONS, "?");
        if (id == null || !id.equals(info.id()) || !sha.equals(info.sha256())
                || !dimensions.equals(Integer.toString(info.dimensions()))) {
            String indexedWith = id == null ? "an unknown model (the commit has no Guichet embedder data)"
                    : id + " (sha256 " + (sha.isEmpty() ? "unknown" : sha) + ", " + dimensions + " dimensions)";
            throw new EmbedderMismatchException(indexedWith, info);
        }
    }
}
