package guichet.knowledge.index;

import guichet.knowledge.SnapshotException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** Index folders on disk: size, snapshot copies and restores. */
public final class IndexFiles {

    private IndexFiles() {
    }

    public static long sizeOnDisk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            return 0;
        }
    }

    /** Copies the files of one commit into an empty or missing folder. */
    public static void copyCommit(IndexCommit commit, Path from, Path target) throws IOException {
        if (Files.exists(target)) {
            try (Stream<Path> entries = Files.list(target)) {
                if (entries.findAny().isPresent()) {
                    throw new SnapshotException(target, "the target folder is not empty: give a new or empty folder");
                }
            }
        }
        Files.createDirectories(target);
        for (String name : commit.getFileNames()) {
            Files.copy(from.resolve(name), target.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /**
     * Replaces the index in {@code indexFolder} by the snapshot. The index must be closed: its write
     * lock is taken for the whole restore.
     */
    public static void restore(Path snapshot, Path indexFolder) {
        try (Directory source = FSDirectory.open(snapshot)) {
            if (!DirectoryReader.indexExists(source)) {
                throw new SnapshotException(snapshot, "holds no index commit: give a folder written by snapshot()");
            }
            SegmentInfos.readLatestCommit(source);
        } catch (IOException e) {
            throw new SnapshotException(snapshot, "is not a readable index snapshot (" + e.getMessage() + ")", e);
        }
        try {
            Files.createDirectories(indexFolder);
            try (Directory target = FSDirectory.open(indexFolder);
                 Lock lock = target.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
                lock.ensureValid();
                for (String name : target.listAll()) {
                    if (!name.equals(IndexWriter.WRITE_LOCK_NAME)) {
                        target.deleteFile(name);
                    }
                }
                try (Stream<Path> files = Files.list(snapshot)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        if (!file.getFileName().toString().equals(IndexWriter.WRITE_LOCK_NAME)) {
                            Files.copy(file, indexFolder.resolve(file.getFileName()),
                                    StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
                target.sync(java.util.Arrays.asList(target.listAll()));
            }
        } catch (LockObtainFailedException e) {
            throw new SnapshotException(indexFolder, "the index is open in a running process: close it before restoring", e);
        } catch (IOException e) {
            throw new SnapshotException(indexFolder, "could not be restored (" + e.getMessage() + ")", e);
        }
    }
}
