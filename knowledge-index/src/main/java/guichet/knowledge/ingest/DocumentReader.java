package guichet.knowledge.ingest;

import java.util.stream.Stream;

/** Reads one format into source documents. One implementation per format. */
public interface DocumentReader {

    /** The format's name, as given to {@code --format}. */
    String format();

    /**
     * Whether a file looks like this format.
     *
     * @param fileName the file's name, lower case, without a trailing ".gz"
     * @param head the file's first bytes, decoded leniently as UTF-8
     */
    boolean sniff(String fileName, String head);

    /**
     * Reads a file. Never throws for bad content: a broken file or record becomes a
     * {@link ReadOutcome.Skipped} with the reason, and the other records still come out.
     *
     * @param source the file's name relative to the folder being ingested (ids of files without one derive from it)
     * @param content the file's bytes, already decompressed
     * @param collection the collection the documents go to
     */
    Stream<ReadOutcome> read(String source, byte[] content, String collection);
}
