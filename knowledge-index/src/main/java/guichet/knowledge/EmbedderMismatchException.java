package guichet.knowledge;

import guichet.inference.EmbeddingModelInfo;

/** The index was built with another embedding model than the one it is opened with. */
public final class EmbedderMismatchException extends KnowledgeException {

    private final String indexedWith;
    private final String openedWith;

    public EmbedderMismatchException(String indexedWith, EmbeddingModelInfo openedWith) {
        super("the index was built with embedding model " + indexedWith + " but is opened with "
                + describe(openedWith) + ": configure the same model, or re-ingest into a new index");
        this.indexedWith = indexedWith;
        this.openedWith = describe(openedWith);
    }

    /** How the model that built the index is named in its commit data. */
    public String indexedWith() {
        return indexedWith;
    }

    public String openedWith() {
        return openedWith;
    }

    public static String describe(EmbeddingModelInfo info) {
        return info.id() + " (sha256 " + (info.sha256().isEmpty() ? "unknown" : info.sha256()) + ", "
                + info.dimensions() + " dimensions)";
    }
}
