package guichet.knowledge;

/** Follows an ingest, for a progress bar or a log. Called on the ingesting thread. */
@FunctionalInterface
public interface IngestListener {

    IngestListener NONE = progress -> {
    };

    /** Called after each document is handled (written, found unchanged or skipped). */
    void progress(IngestProgress progress);

    /** Called after each commit: everything counted so far is durable. */
    default void committed(IngestProgress progress) {
    }

    /**
     * Counts so far.
     *
     * @param documents documents handled, skipped ones included
     * @param chunks chunks written
     * @param skipped documents skipped
     * @param elapsedMillis since the ingest began
     */
    record IngestProgress(int documents, int chunks, int skipped, long elapsedMillis) {
    }
}
