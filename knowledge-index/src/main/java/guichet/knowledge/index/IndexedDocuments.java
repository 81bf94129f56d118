package guichet.knowledge.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.Bits;

import java.io.IOException;
import java.time.Instant;
import java.util.Set;

/**
 * Walks the documents of an index, one visit per document (its first chunk), reading only the stored fields
 * that say which document it is and when it was last updated.
 */
public final class IndexedDocuments {

    private static final Set<String> FIELDS = Set.of(ChunkFields.COLLECTION, ChunkFields.DOCUMENT_ID,
            ChunkFields.UPDATED);

    /** One document as the walk sees it; {@code updated} is null when its publisher gave no date. */
    public record IndexedDocument(String collection, String documentId, Instant updated) {
    }

    /** Receives each document. */
    @FunctionalInterface
    public interface Visitor {
        void visit(IndexedDocument document) throws IOException;
    }

    private IndexedDocuments() {
    }

    /** Visits every live document of {@code reader}. */
    public static void walk(IndexReader reader, Visitor visitor) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            PostingsEnum firsts = leaf.reader().postings(ChunkFields.firstChunk(), PostingsEnum.NONE);
            if (firsts == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            for (int doc = firsts.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = firsts.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                Document fields = stored.document(doc, FIELDS);
                IndexableField updated = fields.getField(ChunkFields.UPDATED);
                visitor.visit(new IndexedDocument(fields.get(ChunkFields.COLLECTION), fields.get(ChunkFields.DOCUMENT_ID),
                        updated == null ? null : Instant.ofEpochMilli(updated.numericValue().longValue())));
            }
        }
    }
}
