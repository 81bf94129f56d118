package guichet.knowledge;

import guichet.knowledge.chunk.Chunker;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.EmbeddedChunk;
import guichet.knowledge.index.IndexedDocuments;
import guichet.knowledge.index.Ingestion;
import guichet.knowledge.index.SourceFileRecords;
import guichet.knowledge.ingest.SourceFile;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** What changes the index: ingesting files, writing chunks embedded elsewhere, deleting documents. */
final class IndexWrites {

    private final IndexHandle handle;
    private final KnowledgeSettings settings;

    IndexWrites(IndexHandle handle, KnowledgeSettings settings) {
        this.handle = handle;
        this.settings = settings;
    }

    /** See {@link KnowledgeIndex#ingestFiles(Stream, IngestListener, EmbeddingCache)}. */
    IngestReport ingest(Stream<SourceFile> files, IngestListener listener, EmbeddingCache cache) {
        return handle.writing("write to", () -> new Ingestion(handle.writer(), handle.searchers(), handle.embedder(), cache,
                new Chunker(settings.chunkTokens(), settings.chunkOverlapTokens()), settings.commitBatchDocuments(),
                handle::commit, listener, handle::closing).run(files));
    }

    /** See {@link KnowledgeIndex#writeEmbedded}. */
    void writeEmbedded(List<EmbeddedChunk> chunks) {
        handle.writing("write to", () -> {
            for (EmbeddedChunk chunk : chunks) {
                handle.writer().addDocument(ChunkFields.toDocument(chunk.chunk(), chunk.vector(), chunk.contentHash()));
            }
            handle.commit();
            return null;
        });
    }

    /** See {@link KnowledgeIndex#awaitMerges}. */
    void awaitMerges() {
        if (handle.writer().getConfig().getMergeScheduler() instanceof ConcurrentMergeScheduler merges) {
            merges.sync();
        }
        try {
            handle.searchers().maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexStorageException(handle.folder(), "refresh", e);
        }
    }

    /** See {@link KnowledgeIndex#delete}. */
    boolean delete(String collection, String documentId) {
        return handle.writing("delete from", () -> {
            Term key = ChunkFields.documentKey(collection, documentId);
            boolean present = handle.reading("delete from", searcher -> searcher.count(new TermQuery(key))) > 0;
            if (present) {
                handle.writer().deleteDocuments(key, SourceFileRecords.ofCollection(collection));
                handle.commit();
            }
            return present;
        });
    }

    /** See {@link KnowledgeIndex#retain}. */
    List<String> retain(String collection, Set<String> documentIds) {
        return handle.writing("delete from", () -> {
            List<String> gone = handle.reading("delete from", searcher -> absent(searcher, collection, documentIds));
            if (!gone.isEmpty()) {
                IndexWriter writer = handle.writer();
                for (String documentId : gone) {
                    writer.deleteDocuments(ChunkFields.documentKey(collection, documentId));
                }
                writer.deleteDocuments(SourceFileRecords.ofCollection(collection));
                handle.commit();
            }
            return gone;
        });
    }

    private static List<String> absent(IndexSearcher searcher, String collection, Set<String> documentIds)
            throws IOException {
        List<String> gone = new ArrayList<>();
        IndexedDocuments.walk(searcher.getIndexReader(), document -> {
            if (collection.equals(document.collection()) && !documentIds.contains(document.documentId())) {
                gone.add(document.documentId());
            }
        });
        return gone;
    }
}
