package guichet.knowledge;

import guichet.knowledge.index.IndexFiles;
import org.apache.lucene.index.IndexCommit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Copies of the last commit taken while the index serves, and their restoring into a closed index's folder. */
final class IndexSnapshots {

    private final IndexHandle handle;

    IndexSnapshots(IndexHandle handle) {
        this.handle = handle;
    }

    /** See {@link KnowledgeIndex#snapshot}. */
    Path snapshot(Path target) {
        IndexCommit commit;
        try {
            commit = handle.snapshots().snapshot();
        } catch (IOException | IllegalStateException e) {
            throw new SnapshotException(target, "could not hold the last commit (" + e.getMessage() + ")", e);
        }
        try {
            IndexFiles.copyCommit(commit, handle.folder(), target);
            return target;
        } catch (IOException e) {
            throw new SnapshotException(target, "could not be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                handle.snapshots().release(commit);
                handle.writer().deleteUnusedFiles();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** See {@link KnowledgeIndex#restore}. */
    static void restore(Path snapshot, Path indexFolder) {
        IndexFiles.restore(snapshot, indexFolder);
    }
}
