package guichet.knowledge;

import java.time.Duration;
import java.util.List;

/**
 * What an ingest did.
 *
 * @param added documents new to the index
 * @param replaced documents whose content changed: old chunks deleted, new ones written, in one commit
 * @param unchanged documents already indexed with the same content hash: nothing embedded or written
 * @param skipped what could not be read or indexed, with the reason
 * @param chunksWritten chunks embedded and written
 * @param chunksFromCache chunks (of those written) whose vector came from the embedding cache
 * @param embedding time spent in the embedding model
 * @param total wall-clock time of the whole ingest
 */
public record IngestReport(int added, int replaced, int unchanged, List<SkippedDocument> skipped, int chunksWritten,
                           int chunksFromCache, Duration embedding, Duration total) {

    public IngestReport {
        skipped = List.copyOf(skipped);
    }

    /** Documents written (added or replaced). */
    public int ingested() {
        return added + replaced;
    }

    /** Chunks written per second of the whole ingest. */
    public double chunksPerSecond() {
        double seconds = total.toNanos() / 1e9;
        return seconds <= 0 ? 0 : chunksWritten / seconds;
    }
}
