package guichet.knowledge;

import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.embed.EmbeddingKey;
import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbeddedChunk;
import guichet.knowledge.index.EmbedderIdentity;
import guichet.knowledge.index.IndexFiles;
import guichet.knowledge.index.IndexedDocuments;
import guichet.knowledge.index.Ingestion;
import guichet.knowledge.index.VectorCodec;
import guichet.knowledge.index.SourceFileRecords;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.SourceFile;
import guichet.knowledge.search.Misspellings;
import guichet.knowledge.search.PassageSearch;
import guichet.knowledge.search.QueryVectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexCommit;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KeepOnlyLastCommitDeletionPolicy;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SnapshotDeletionPolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The knowledge index: chunks of official guidance in Lucene, searchable by BM25, by vector
 * similarity (HNSW) or both fused. Thread-safe: searches run in parallel on a searcher refreshed
 * after each commit, without downtime; writes (ingest, delete) run one at a time.
 *
 * <p>The embedding model's id and checksum are written into every commit; opening the index with
 * another model throws {@link EmbedderMismatchException}.
 *
 * <p>Longer than most classes: it is the module's one entry point, and owns what every operation
 * shares (the writer, the searcher manager, the write lock, the search workers); each public method
 * is a few lines around them, and the work is done by {@code PassageSearch}, {@code Ingestion},
 * {@link IndexInventory} and {@code IndexFiles}.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private static final long CLOSE_WAIT_SECONDS = 60;

    private final Path folder;
    private final EmbeddingModel embedder;
    private final KnowledgeSettings settings;
    private final Directory directory;
    private final IndexWriter writer;
    private final SnapshotDeletionPolicy snapshots;
    private final SearcherManager searchers;
    private final PassageSearch search;
    private final QueryVectors queryVectors;
    private final Misspellings misspellings = new Misspellings();
    private final ExecutorService searchWorkers;
    private final ReentrantLock writeLock = new ReentrantLock();
    private volatile boolean closing;

    private KnowledgeIndex(Path folder, EmbeddingModel embedder, KnowledgeSettings settings, Directory directory,
                           IndexWriter writer, SnapshotDeletionPolicy snapshots, Analyzer analyzer)
            throws IOException {
        this.folder = folder;
        this.embedder = embedder;
        this.settings = settings;
        this.directory = directory;
        this.writer = writer;
        this.snapshots = snapshots;
        this.searchers = new SearcherManager(writer, new SearcherFactory());
        AtomicInteger workerCount = new AtomicInteger();
        this.searchWorkers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "knowledge-search-" + workerCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.search = new PassageSearch(settings, analyzer, searchWorkers);
        this.queryVectors = new QueryVectors(embedder, settings.queryVectorCache());
    }

    /**
     * Opens the index in {@code folder}, creating it if needed.
     *
     * @throws EmbedderMismatchException when the index was built with another embedding model
     * @throws IndexStorageException when the folder cannot be used, or another process has it open
     */
    public static KnowledgeIndex open(Path folder, EmbeddingModel embedder, KnowledgeSettings settings) {
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
            return new KnowledgeIndex(folder, embedder, settings, directory, writer, snapshots, analyzer);
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

    public static KnowledgeIndex open(Path folder, EmbeddingModel embedder) {
        return open(folder, embedder, KnowledgeSettings.defaults());
    }

    public KnowledgeSettings settings() {
        return settings;
    }

    public EmbeddingModelInfo embedder() {
        return embedder.info();
    }

    /** Ingests documents (see {@link #ingestRead}). */
    public IngestReport ingest(Stream<SourceDocument> documents, IngestListener listener) {
        return ingestRead(documents.map(ReadOutcome::read), listener);
    }

    public IngestReport ingest(Iterable<SourceDocument> documents, IngestListener listener) {
        return ingest(java.util.stream.StreamSupport.stream(documents.spliterator(), false), listener);
    }

    /**
     * Ingests what a reader gave: new documents are added, changed ones replaced (old chunks deleted
     * and new ones added in one step), unchanged ones (same content hash) left alone without
     * embedding anything; skips are reported. Commits every {@code commitBatchDocuments} documents:
     * a crash loses at most the batch in progress.
     */
    public IngestReport ingestRead(Stream<ReadOutcome> outcomes, IngestListener listener) {
        return ingestRead(outcomes, listener, EmbeddingCache.NONE);
    }

    /**
     * Ingests as {@link #ingestRead(Stream, IngestListener)} does, taking chunk vectors from
     * {@code cache} where it has them (keyed by this index's embedder and the exact text embedded)
     * and offering it the vectors the model computes.
     */
    public IngestReport ingestRead(Stream<ReadOutcome> outcomes, IngestListener listener, EmbeddingCache cache) {
        return ingestFiles(Stream.of(SourceFile.unfingerprinted("", "", outcomes)), listener, cache);
    }

    /** Ingests files (see {@link #ingestFiles(Stream, IngestListener, EmbeddingCache)}). */
    public IngestReport ingestFiles(Stream<SourceFile> files, IngestListener listener) {
        return ingestFiles(files, listener, EmbeddingCache.NONE);
    }

    /**
     * Ingests files as {@link #ingestRead(Stream, IngestListener, EmbeddingCache)} does, leaving out
     * unparsed each file whose fingerprint matches the one recorded when it last went in whole: an
     * unchanged corpus costs a checksum per file.
     */
    public IngestReport ingestFiles(Stream<SourceFile> files, IngestListener listener, EmbeddingCache cache) {
        writeLock.lock();
        try {
            Ingestion ingestion = new Ingestion(writer, searchers, embedder, cache,
                    new Chunker(settings.chunkTokens(), settings.chunkOverlapTokens()), settings.commitBatchDocuments(),
                    this::commit, listener, () -> closing);
            return ingestion.run(files);
        } catch (IOException e) {
            throw new IndexStorageException(folder, "write to", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Writes chunks embedded elsewhere as they are, without the upsert check, and commits (bulk
     * loads and benchmarks).
     */
    public void writeEmbedded(List<EmbeddedChunk> chunks) {
        writeLock.lock();
        try {
            for (EmbeddedChunk chunk : chunks) {
                writer.addDocument(ChunkFields.toDocument(chunk.chunk(), chunk.vector(), chunk.contentHash()));
            }
            commit();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "write to", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Waits until the merges running in the background are done (after a bulk load, so that searches
     * are timed on the index as it settles).
     */
    public void awaitMerges() {
        if (writer.getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
        }
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "refresh", e);
        }
    }

    /**
     * Deletes a document's chunks, and the records of its collection's files, so that the next ingest
     * of those files reads them again and restores the document if its file still has it.
     *
     * @return whether the document was there
     */
    public boolean delete(String collection, String documentId) {
        writeLock.lock();
        try {
            Term key = ChunkFields.documentKey(collection, documentId);
            boolean present = count(new TermQuery(key)) > 0;
            if (present) {
                writer.deleteDocuments(key, SourceFileRecords.ofCollection(collection));
                commit();
            }
            return present;
        } catch (IOException e) {
            throw new IndexStorageException(folder, "delete from", e);
        } finally {
            writeLock.unlock();
        }
    }

    /**
     * Deletes every document of {@code collection} that {@code documentIds} does not name (a collection
     * replaced by a newer set of the same source), with the records of the collection's files, in one commit.
     *
     * @return the ids of the documents deleted
     */
    public List<String> retain(String collection, Set<String> documentIds) {
        writeLock.lock();
        try {
            List<String> gone = new ArrayList<>();
            IndexSearcher searcher = searchers.acquire();
            try {
                IndexedDocuments.walk(searcher.getIndexReader(), document -> {
                    if (collection.equals(document.collection()) && !documentIds.contains(document.documentId())) {
                        gone.add(document.documentId());
                    }
                });
            } finally {
                release(searcher);
            }
            if (!gone.isEmpty()) {
                for (String documentId : gone) {
                    writer.deleteDocuments(ChunkFields.documentKey(collection, documentId));
                }
                writer.deleteDocuments(SourceFileRecords.ofCollection(collection));
                commit();
            }
            return gone;
        } catch (IOException e) {
            throw new IndexStorageException(folder, "delete from", e);
        } finally {
            writeLock.unlock();
        }
    }

    /** Each collection with its documents, chunks and the dates of its oldest and newest guidance, by name. */
    public List<CollectionSummary> collections() {
        return reading("read", IndexInventory::collections);
    }

    /** The query's vector, as {@link #search(SearchQuery)} would compute it (recent ones are kept). */
    public float[] embedQuery(String text) {
        return queryVectors.get(corrected(text));
    }

    /** The text as searches read it: misspelt words corrected to the index's words, if the settings say so. */
    public String corrected(String text) {
        return reading("search", searcher -> corrected(searcher, text));
    }

    private String corrected(IndexSearcher searcher, String text) throws IOException {
        return settings.correctSpelling() ? misspellings.correct(searcher.getIndexReader(), text) : text;
    }

    /** Searches; the query is embedded only when the mode needs it. */
    public List<Passage> search(SearchQuery query) {
        return search(query, null);
    }

    /**
     * Searches with a query vector computed beforehand (null to embed the text here). In hybrid mode
     * the query is embedded and searched by vector on a worker thread while the BM25 search runs on
     * this one.
     */
    public List<Passage> search(SearchQuery query, float[] queryVector) {
        return searching(query, queryVector, search::search);
    }

    @FunctionalInterface
    private interface Ranker<T> {
        T rank(IndexSearcher searcher, SearchQuery query, Supplier<float[]> vector) throws IOException;
    }

    private <T> T searching(SearchQuery query, float[] queryVector, Ranker<T> ranker) {
        return reading("search", searcher -> {
            // Embedding the question as typed while its spelling is checked keeps the check off the
            // embedding path for the many questions it leaves as they are (ADR 26).
            CompletableFuture<float[]> asTyped = queryVector == null && query.mode() != SearchQuery.Mode.BM25
                    && settings.correctSpelling()
                    ? CompletableFuture.supplyAsync(() -> queryVectors.get(query.text()), searchWorkers) : null;
            SearchQuery read = query.withText(corrected(searcher, query.text()));
            Supplier<float[]> vector = queryVector != null ? () -> queryVectors.check(queryVector)
                    : asTyped != null && read.text().equals(query.text()) ? () -> joined(asTyped)
                    : () -> queryVectors.get(read.text());
            return ranker.rank(searcher, read, vector);
        });
    }

    /**
     * Searches for documents rather than passages: {@code query.k()} documents, each scored from its best
     * passages by the settings' {@link KnowledgeSettings#documentRanking()} and returned with them, so
     * that one page's many passages do not fill the places of other pages.
     */
    public List<DocumentHit> searchDocuments(SearchQuery query) {
        return searchDocuments(query, null);
    }

    /** Searches for documents with a query vector computed beforehand (null to embed the text here). */
    public List<DocumentHit> searchDocuments(SearchQuery query, float[] queryVector) {
        return searching(query, queryVector,
                (searcher, read, vector) -> search.searchDocuments(searcher, read, vector, settings.documentRanking()));
    }

    private static float[] joined(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Counts what the index holds. */
    public IndexStats stats() {
        return reading("read", searcher -> IndexInventory.stats(searcher, directory, folder));
    }

    /**
     * Offers every chunk's vector to {@code sink}, keyed by this index's embedder and the exact text
     * that was embedded (rebuilt from the stored title, headings and text): exports the index's
     * embeddings, e.g. to an {@link guichet.knowledge.embed.EmbeddingCacheFile}.
     *
     * @return the number of chunks exported
     */
    public int exportEmbeddings(EmbeddingCache sink) {
        return reading("read", searcher -> ChunkFields.exportVectors(searcher.getIndexReader(),
                (text, vector) -> sink.record(EmbeddingKey.of(embedder.info(), text), vector)));
    }

    /**
     * Copies the last commit into {@code target} (new or empty folder) while the index stays open
     * and keeps serving; writes may go on meanwhile. Restore it with {@link #restore}.
     */
    public Path snapshot(Path target) {
        IndexCommit commit;
        try {
            commit = snapshots.snapshot();
        } catch (IOException | IllegalStateException e) {
            throw new SnapshotException(target, "could not hold the last commit (" + e.getMessage() + ")", e);
        }
        try {
            IndexFiles.copyCommit(commit, folder, target);
            return target;
        } catch (IOException e) {
            throw new SnapshotException(target, "could not be written (" + e.getMessage() + ")", e);
        } finally {
            try {
                snapshots.release(commit);
                writer.deleteUnusedFiles();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * Replaces the index in {@code indexFolder} by a snapshot. The index must not be open.
     *
     * @throws SnapshotException when the snapshot is not one, or the index is open
     */
    public static void restore(Path snapshot, Path indexFolder) {
        IndexFiles.restore(snapshot, indexFolder);
    }

    /**
     * Closes the index. A running ingest is stopped at its next group of documents first, keeping what it wrote
     * ({@link IngestStoppedException} to its caller); nothing else is left uncommitted.
     */
    @Override
    public void close() {
        closing = true;
        boolean locked = false;
        try {
            // One group's embedding (128 chunks) at most; past that the writer is closed under the ingest.
            locked = writeLock.tryLock(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            searchWorkers.shutdownNow();
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

    private void commit() {
        try {
            writer.setLiveCommitData(EmbedderIdentity.userData(embedder.info()).entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexStorageException(folder, "commit to", e);
        }
    }

    private long count(TermQuery query) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return searcher.count(query);
        } finally {
            release(searcher);
        }
    }

    /** Runs a read on a searcher of the latest refresh, released afterwards. */
    private <T> T reading(String action, SearcherTask<T> task) {
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

    @FunctionalInterface
    private interface SearcherTask<T> {
        T apply(IndexSearcher searcher) throws IOException;
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
