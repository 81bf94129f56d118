package guichet.knowledge.ingest;

import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * One file to ingest, not yet parsed: an ingest compares its fingerprint with the one recorded when
 * the file last went in whole, and parses it only when they differ.
 *
 * @param source the file's path relative to the ingested folder (its name for a single file)
 * @param collection the collection its documents go to
 * @param fingerprint the file's bytes, the reader chosen and the reading revision, hashed; null when
 *     there is nothing to compare (an unreadable path, documents that come from no file)
 * @param outcomes parses the file: its documents and skips
 */
public record SourceFile(String source, String collection, String fingerprint, Supplier<Stream<ReadOutcome>> outcomes) {

    /** Outcomes that come from no file, so are always looked at one by one. */
    public static SourceFile unfingerprinted(String source, String collection, Stream<ReadOutcome> outcomes) {
        return new SourceFile(source, collection, null, () -> outcomes);
    }

    public boolean fingerprinted() {
        return fingerprint != null;
    }
}
