package guichet.knowledge;

import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.EmbedderIdentity;
import guichet.knowledge.index.VectorCodec;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The open index's lifecycle: its folder, writer and searchers, opened together and closed together;
 * reads on a searcher of the latest commit, writes one at a time under the write lock, each commit
 * stamped with the embedder's identity. Every Lucene failure leaves as an {@link IndexStorageException}.
 */
final class IndexHandle {

    private static final long CLOSE_WAIT_SECONDS = 60;

    private final Path folder;
    private final EmbeddingModel embedder;
    private final Analyzer analyzer;
    private final Directory directory;
    private final IndexWriter writer;
    private final SnapshotDeletionPolicy snapshots;
    private final SearcherManager searchers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closing;

    private IndexHandle(Path folder, EmbeddingModel embedder, Analyzer analyzer, Directory directory, IndexWriter writer,
                        SnapshotDeletionPolicy snapshots) throws IOException {
        this.folder = folder;
        this.embedder = embedder;
        this.analyzer = analyzer;
        this.directory = directory;
        this.writer = writer;
        this.snapshots = snapshots;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
    }

    /**
     * Opens the index in {@code folder}, creating it if needed.
     *
     * @throws EmbedderMismatchException when the index was built with another embedding model
     * @throws IndexStorageException when the folder cannot be used, or another process has it open
     */
    static IndexHandle open(Path folder, EmbeddingModel embedder, KnowledgeSettings settings) {
        EmbeddingModelInfo info = embedder.info();
        Directory directory = null;
        try {
            directory = FSDirectory.open(folder);
            if (DirectoryReader.indexExists(directory)) {
                EmbedderIdentity.check(SegmentInfos.readLatestCommit(directory).getUserData(), info);
            }
            Analyzer analyzer = Analyzers.perField();
            SnapshotDeletionPolicy snapshots = new SnapshotDeletionPolicy(new KeepOnlyLastCommitDeletionPolicy());
            IndexWriterConfig config = new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                    .setCodec(VectorCodec.of(settings))
                    .setIndexDeletionPolicy(snapshots)
                    .setRAMBufferSizeMB(128)
                    .setCommitOnClose(false);
            IndexWriter writer = new IndexWriter(directory, config);
            writer.setLiveCommitData(EmbedderIdentity.userData(info).entrySet());
            if (!DirectoryReader.indexExists(directory)) {
                writer.commit();
            }
            return new IndexHandle(folder, embedder, analyzer, directory, writer, snapshots);
        } catch (EmbedderMismatchException e) {
            closeQuietly(directory);
            throw e;
        } catch (LockObtainFailedException e) {
            closeQuietly(directory);
            throw new IndexStorageException(folder, "lock (another process has it open)", e);
        } catch (IOException e) {
            closeQuietly(directory);
            throw new IndexStorageException(folder, "open", e);
        }
    }

    Path folder() {
        return folder;
    }

    Directory directory() {
        return directory;
    }

    Analyzer analyzer() {
        return analyzer;
    }

    EmbeddingModel embedder() {
        return embedder;
    }

    IndexWriter writer() {
        return writer;
    }

    SearcherManager searchers() {
        return searchers;
    }

    SnapshotDeletionPolicy snapshots() {
        return snapshots;
    }

    /** Whether {@link #close} has begun: a running ingest stops at its next group of documents. */
    boolean closing() {
        return closing;
    }

    /** A Lucene step that may fail on storage. */
    @FunctionalInterface
    interface IndexTask<T> {
        T apply() throws IOException;
    }

    /** A read on a searcher. */
    @FunctionalInterface
    interface SearcherTask<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    /** Runs a read on a searcher of the latest refresh, released afterwards. */
    <T> T reading(String action, SearcherTask<T> task) {
        IndexSearcher searcher;
        try {
            searcher = searchers.acquire();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "read", e);
        }
        try {
            return task.apply(searcher);
        } catch (IOException e) {
            throw new IndexStorageException(folder, action, e);
        } finally {
            release(searcher);
        }
    }

    /** Runs a write alone: writes wait for each other, reads go on. */
    <T> T writing(String action, IndexTask<T> task) {
        writeLock.lock();
        try {
            return task.apply();
        } catch (IOException e) {
            throw new IndexStorageException(folder, action, e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Commits what was written, with the embedder's identity, and refreshes the searchers. */
    void commit() {
        try {
            writer.setLiveCommitData(EmbedderIdentity.userData(embedder.info()).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "commit to", e);
        }
    }

    /**
     * Closes the index. A running write is given time to stop at its next group of documents, keeping
     * what it committed; nothing else is left uncommitted.
     */
    void close(Runnable beforeClosing) {
        closing = true;
        boolean locked = false;
        try {
            // One group's embedding (128 chunks) at most; past that the writer is closed under the ingest.
            locked = writeLock.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            beforeClosing.run();
            searchers.close();
            writer.rollback();
            directory.close();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "close", e);
        } finally {
            if (locked) {
                writeLock.unlock();
            }
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new IndexStorageException(folder, "release a searcher of", e);
        }
    }

    private static void closeQuietly(Directory directory) {
        if (directory != null) {
            try {
                directory.close();
            } catch (IOException ignored) {
                // already failing
            }
        }
    }
}
