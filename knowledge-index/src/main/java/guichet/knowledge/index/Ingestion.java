package guichet.knowledge.index;

import guichet.inference.EmbeddingModel;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestListener.IngestProgress;
import guichet.knowledge.IngestReport;
import guichet.knowledge.IngestStoppedException;
import guichet.knowledge.SkippedDocument;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.chunk.Chunk;
import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.embed.CachedEmbedder;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.index.SourceFileRecords.SourceFileRecord;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.SourceFile;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * One ingest run: idempotent upsert by document key and content hash, in batches of documents with
 * one commit each. An unchanged document costs one term lookup: nothing is chunked, embedded or
 * written. A changed one has its chunks replaced atomically ({@link IndexWriter#updateDocuments}).
 * Chunk vectors are looked up in an {@link EmbeddingCache} first; only the misses are embedded.
 * A file whose fingerprint matches the record left when it last went in whole is not even parsed
 * ({@link SourceFileRecords}).
 */
public final class Ingestion {

    // Chunks embedded together: enough for the model to batch by length, few enough that a stop
    // (the index closing) waits for one group only.
    private static final int EMBED_GROUP_CHUNKS = 128;

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final CachedEmbedder embedder;
    private final Chunker chunker;
    private final int batchSize;
    private final Runnable commit;
    private final IngestListener listener;
    private final BooleanSupplier stopRequested;
    private final long started = System.nanoTime();
    private final Map<String, String> seenThisRun = new HashMap<>();
    private final List<SkippedDocument> skipped = new ArrayList<>();
    private final List<SourceFileRecord> pendingRecords = new ArrayList<>();
    private final List<SourceDocument> batch = new ArrayList<>();
    private int added;
    private int replaced;
    private int unchanged;
    private int handled;
    private int chunksWritten;
    private boolean uncommitted;

    /**
     * @param cache vectors already computed; the model embeds the rest (and they are offered to it)
     * @param commit commits the writer with the index's user data and refreshes the searchers
     * @param stopRequested checked before each file and each document: when it says so, what went in is
     *                      committed and the run ends with {@link IngestStoppedException}
     */
    public Ingestion(IndexWriter writer, SearcherManager searchers, EmbeddingModel embedder, EmbeddingCache cache,
                     Chunker chunker, int batchSize, Runnable commit, IngestListener listener,
                     BooleanSupplier stopRequested) {
        this.writer = writer;
        this.searchers = searchers;
        this.embedder = new CachedEmbedder(embedder, cache);
        this.chunker = chunker;
        this.batchSize = batchSize;
        this.commit = commit;
        this.listener = listener;
        this.stopRequested = stopRequested;
    }

    public IngestReport run(Stream<SourceFile> files) throws IOException {
        Iterator<SourceFile> iterator = files.iterator();
        while (iterator.hasNext()) {
            SourceFile file = iterator.next();
            stopIfRequested();
            String fingerprint = file.fingerprinted() ? file.fingerprint() + " chunks " + chunker.settings() : null;
            Optional<SourceFileRecord> record = fingerprint == null ? Optional.empty() : storedRecord(file);
            if (record.isPresent() && record.get().fingerprint().equals(fingerprint)) {
                unchanged += record.get().documents();
                skipped.addAll(record.get().skips());
                handled += record.get().documents() + record.get().skips().size();
                listener.progress(progress());
                continue;
            }
            int documents = 0;
            List<SkippedDocument> fileSkips = new ArrayList<>();
            try (Stream<ReadOutcome> outcomes = file.outcomes().get()) {
                Iterator<ReadOutcome> read = outcomes.iterator();
                while (read.hasNext()) {
                    switch (read.next()) {
                        case ReadOutcome.Read document -> {
                            documents++;
                            batch.add(document.document());
                            if (batch.size() >= batchSize) {
                                write();
                            }
                        }
                        case ReadOutcome.Skipped skip -> {
                            fileSkips.add(skip.skip());
                            skipped.add(skip.skip());
                            countHandled();
                        }
                    }
                }
            }
            if (fingerprint != null) {
                // recorded after the file's last document, so never committed before them
                pendingRecords.add(new SourceFileRecord(file.collection(), file.source(), fingerprint, documents,
                        fileSkips));
            }
        }
        write();
        return report();
    }

    private IngestReport report() {
        return new IngestReport(added, replaced, unchanged, skipped, chunksWritten, embedder.hits(),
                Duration.ofNanos(embedder.modelNanos()), Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Ends the run at a document boundary, keeping what is written. The records of files whose last
     * documents were still waiting are dropped with them, so those files are read again next time.
     */
    private void stopIfRequested() {
        if (!stopRequested.getAsBoolean()) {
            return;
        }
        batch.clear();
        pendingRecords.clear();
        commitWhatIsWritten();
        throw new IngestStoppedException(report());
    }

    private void commitWhatIsWritten() {
        if (uncommitted) {
            commit.run();
            uncommitted = false;
            listener.committed(progress());
        }
    }

    private void countHandled() {
        handled++;
        listener.progress(progress());
    }

    private Optional<SourceFileRecord> storedRecord(SourceFile file) throws IOException {
        IndexSearcher searcher = searchers.acquire();
        try {
            return SourceFileRecords.find(searcher, file.collection(), file.source());
        } finally {
            searchers.release(searcher);
        }
    }

    private void write() throws IOException {
        if (batch.isEmpty() && pendingRecords.isEmpty()) {
            return;
        }
        IndexSearcher searcher = searchers.acquire();
        try {
            List<ChangedDocument> changed = new ArrayList<>();
            int changedChunks = 0;
            for (SourceDocument document : batch) {
                stopIfRequested();
                ChangedDocument change = compare(document, searcher);
                if (change == null) {
                    countHandled();
                    continue;
                }
                changed.add(change);
                changedChunks += change.chunks().size();
                if (changedChunks >= EMBED_GROUP_CHUNKS) {
                    embedAndWrite(changed);
                    changed.clear();
                    changedChunks = 0;
                }
            }
            embedAndWrite(changed);
        } finally {
            searchers.release(searcher);
        }
        batch.clear();
        for (SourceFileRecord record : pendingRecords) {
            SourceFileRecords.write(writer, record);
            uncommitted = true;
        }
        pendingRecords.clear();
        commitWhatIsWritten();
    }

    /** A document to write, chunked; {@code previous} is the content hash it replaces, or null. */
    private record ChangedDocument(SourceDocument document, List<Chunk> chunks, String previous) {
    }

    /** @return the document chunked when it must be written, or null when there is nothing to write */
    private ChangedDocument compare(SourceDocument document, IndexSearcher searcher) throws IOException {
        String key = ChunkFields.documentKey(document.collection(), document.documentId()).text();
        String hash = document.contentHash();
        String previous = seenThisRun.containsKey(key) ? seenThisRun.get(key) : storedHash(searcher, document);
        seenThisRun.put(key, hash);
        if (hash.equals(previous)) {
            unchanged++;
            return null;
        }
        List<Chunk> chunks = chunker.chunk(document);
        if (chunks.isEmpty()) {
            skipped.add(new SkippedDocument(document.documentId(), "the document has no text to index"));
            if (previous != null) {
                writer.deleteDocuments(ChunkFields.documentKey(document.collection(), document.documentId()));
                uncommitted = true;
            }
            return null;
        }
        return new ChangedDocument(document, chunks, previous);
    }

    /**
     * Embeds the chunks of several documents in one call, so the model can batch them by length
     * (one document's chunks alone are padded to its longest), then writes each document's chunks
     * atomically.
     */
    private void embedAndWrite(List<ChangedDocument> changed) throws IOException {
        if (changed.isEmpty()) {
            return;
        }
        stopIfRequested();
        List<float[]> vectors = embedder.embed(changed.stream()
                .flatMap(change -> change.chunks().stream().map(Chunk::textToEmbed)).toList());
        int next = 0;
        for (ChangedDocument change : changed) {
            SourceDocument document = change.document();
            List<Document> docs = new ArrayList<>(change.chunks().size());
            for (Chunk chunk : change.chunks()) {
                docs.add(ChunkFields.toDocument(chunk, vectors.get(next++), document.contentHash()));
            }
            writer.updateDocuments(ChunkFields.documentKey(document.collection(), document.documentId()), docs);
            uncommitted = true;
            chunksWritten += docs.size();
            if (change.previous() == null) {
                added++;
            } else {
                replaced++;
            }
            countHandled();
        }
    }

    private static String storedHash(IndexSearcher searcher, SourceDocument document) throws IOException {
        TopDocs hits = searcher.search(new TermQuery(ChunkFields.documentKey(document.collection(),
                document.documentId())), 1);
        if (hits.scoreDocs.length == 0) {
            return null;
        }
        return searcher.storedFields().document(hits.scoreDocs[0].doc, Set.of(ChunkFields.CONTENT_HASH))
                .get(ChunkFields.CONTENT_HASH);
    }

    private IngestProgress progress() {
        return new IngestProgress(handled, chunksWritten, skipped.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
