package guichet.models.pull;

import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.transfer.Staging;

import java.io.IOException;

/**
 * Brings every file of the staged model from one kind of source into its staging area, each accepted against
 * the catalogue. Throws {@link IOException} when the source cannot be reached or read,
 * {@link guichet.models.ChecksumMismatchException} when it serves other content, and
 * {@link guichet.models.SourceUnavailableException} when a local prerequisite is missing.
 */
public interface SourceFetcher<S extends ModelSource> {

    /** Fetches {@code source}'s files for {@code staging.entry()}. */
    void fetch(S source, Staging staging, ProgressListener progress) throws IOException;
}
