package guichet.knowledge;

import java.util.Map;

/**
 * What the index holds.
 *
 * @param documents source documents
 * @param chunks indexed chunks
 * @param documentsPerCollection documents in each collection
 * @param embedderId the embedding model the index was built with
 * @param embedderSha256 its checksum
 * @param sizeOnDiskBytes bytes of the index folder
 * @param segments Lucene segments searched (each is searched on its own, vectors included)
 */
public record IndexStats(long documents, long chunks, Map<String, Long> documentsPerCollection, String embedderId,
                         String embedderSha256, long sizeOnDiskBytes, int segments) {

    public IndexStats {
        documentsPerCollection = Map.copyOf(documentsPerCollection);
    }
}
