package guichet.knowledge;

/**
 * The index closed during an ingest: what went in whole before the stop is committed, and running
 * the same ingest again finishes it (unchanged documents cost a lookup).
 */
public final class IngestStoppedException extends KnowledgeException {

    private final IngestReport kept;

    public IngestStoppedException(IngestReport kept) {
        super("the ingest stopped as the index closed; " + kept.ingested() + " documents (" + kept.chunksWritten()
                + " chunks) went in before it: run the same ingest again to finish");
        this.kept = kept;
    }

    /** What the ingest had written, and committed, when it stopped. */
    public IngestReport kept() {
        return kept;
    }
}
