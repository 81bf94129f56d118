package guichet.knowledge;

import guichet.inference.EmbeddingModel;
import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.embed.EmbeddingKey;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbeddedChunk;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.SourceFile;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The knowledge index: chunks of official guidance in Lucene, searchable by BM25, by vector
 * similarity (HNSW) or both fused. Thread-safe: searches run in parallel on a searcher refreshed
 * after each commit, without downtime; writes (ingest, delete) run one at a time.
 *
 * <p>The embedding model's id and checksum are written into every commit; opening the index with
 * another model throws {@link EmbedderMismatchException}.
 *
 * <p>The module's one entry point, a facade: the index's lifecycle is {@link IndexHandle}'s, writes are
 * {@link IndexWrites}', searches {@link IndexSearches}', snapshots {@link IndexSnapshots}' and counts
 * {@link IndexInventory}'s.
 */
public final class KnowledgeIndex implements AutoCloseable {

    private final KnowledgeSettings settings;
    private final IndexHandle handle;
    private final IndexWrites writes;
    private final IndexSearches searches;
    private final IndexSnapshots snapshots;

    private KnowledgeIndex(KnowledgeSettings settings, IndexHandle handle) {
        this.settings = settings;
        this.handle = handle;
        this.writes = new IndexWrites(handle, settings);
        this.searches = new IndexSearches(handle, settings);
        this.snapshots = new IndexSnapshots(handle);
    }

    /**
     * Opens the index in {@code folder}, creating it if needed.
     *
     * @throws EmbedderMismatchException when the index was built with another embedding model
     * @throws IndexStorageException when the folder cannot be used, or another process has it open
     */
    public static KnowledgeIndex open(Path folder, EmbeddingModel embedder, KnowledgeSettings settings) {
        return new KnowledgeIndex(settings, IndexHandle.open(folder, embedder, settings));
    }

    public static KnowledgeIndex open(Path folder, EmbeddingModel embedder) {
        return open(folder, embedder, KnowledgeSettings.defaults());
    }

    public KnowledgeSettings settings() {
        return settings;
    }

    public EmbeddingModelInfo embedder() {
        return handle.embedder().info();
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
        return writes.ingest(files, listener, cache);
    }

    /**
     * Writes chunks embedded elsewhere as they are, without the upsert check, and commits (bulk
     * loads and benchmarks).
     */
    public void writeEmbedded(List<EmbeddedChunk> chunks) {
        writes.writeEmbedded(chunks);
    }

    /**
     * Waits until the merges running in the background are done (after a bulk load, so that searches
     * are timed on the index as it settles).
     */
    public void awaitMerges() {
        writes.awaitMerges();
    }

    /**
     * Deletes a document's chunks, and the records of its collection's files, so that the next ingest
     * of those files reads them again and restores the document if its file still has it.
     *
     * @return whether the document was there
     */
    public boolean delete(String collection, String documentId) {
        return writes.delete(collection, documentId);
    }

    /**
     * Deletes every document of {@code collection} that {@code documentIds} does not name (a collection
     * replaced by a newer set of the same source), with the records of the collection's files, in one commit.
     *
     * @return the ids of the documents deleted
     */
    public List<String> retain(String collection, Set<String> documentIds) {
        return writes.retain(collection, documentIds);
    }

    /** Each collection with its documents, chunks and the dates of its oldest and newest guidance, by name. */
    public List<CollectionSummary> collections() {
        return handle.reading("read", IndexInventory::collections);
    }

    /** The query's vector, as {@link #search(SearchQuery)} would compute it (recent ones are kept). */
    public float[] embedQuery(String text) {
        return searches.embedQuery(text);
    }

    /** The text as searches read it: misspelt words corrected to the index's words, if the settings say so. */
    public String corrected(String text) {
        return searches.corrected(text);
    }

    /**
     * The passages that have this phrase (two words or more, analysed in the language given) in their
     * document's title or their headings: the phrase names something the guidance is about, and the
     * fewer, the more particular that thing.
     */
    public SectionsNamed sectionsNamed(String phrase, String language) {
        return searches.sectionsNamed(phrase, language);
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
        return searches.passages(query, queryVector);
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
        return searches.documents(query, queryVector);
    }

    /** Counts what the index holds. */
    public IndexStats stats() {
        return handle.reading("read", searcher -> IndexInventory.stats(searcher, handle.directory(), handle.folder()));
    }

    /**
     * Offers every chunk's vector to {@code sink}, keyed by this index's embedder and the exact text
     * that was embedded (rebuilt from the stored title, headings and text): exports the index's
     * embeddings, e.g. to an {@link guichet.knowledge.embed.EmbeddingCacheFile}.
     *
     * @return the number of chunks exported
     */
    public int exportEmbeddings(EmbeddingCache sink) {
        return handle.reading("read", searcher -> ChunkFields.exportVectors(searcher.getIndexReader(),
                (text, vector) -> sink.record(EmbeddingKey.of(embedder(), text), vector)));
    }

    /**
     * Copies the last commit into {@code target} (new or empty folder) while the index stays open
     * and keeps serving; writes may go on meanwhile. Restore it with {@link #restore}.
     */
    public Path snapshot(Path target) {
        return snapshots.snapshot(target);
    }

    /**
     * Replaces the index in {@code indexFolder} by a snapshot. The index must not be open.
     *
     * @throws SnapshotException when the snapshot is not one, or the index is open
     */
    public static void restore(Path snapshot, Path indexFolder) {
        IndexSnapshots.restore(snapshot, indexFolder);
    }

    /**
     * Closes the index. A running ingest is stopped at its next group of documents first, keeping what it wrote
     * ({@link IngestStoppedException} to its caller); nothing else is left uncommitted.
     */
    @Override
    public void close() {
        handle.close(searches::close);
    }
}
