package guichet.knowledge.index;

import guichet.knowledge.SkippedDocument;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The files an ingest took whole, kept in the index itself as one Lucene document each (no text, no
 * vector: searches never see them). A record is added after the file's last chunk, so any commit
 * that holds it holds all of the file's documents: a crash cannot leave a file marked as done
 * before it was.
 */
public final class SourceFileRecords {

    static final String KIND = "record_kind";
    static final String SOURCE_FILE = "source-file";
    static final String KEY = "source_key";
    static final String COLLECTION = "source_collection";
    static final String FINGERPRINT = "source_fingerprint";
    static final String DOCUMENTS = "source_documents";
    static final String SKIPS = "source_skips";
    private static final String FIELD_SEPARATOR = "\u001f";
    private static final String LINE_SEPARATOR = "\u001e";

    /**
     * A file taken whole.
     *
     * @param fingerprint the file's fingerprint and the chunking settings it was indexed with
     * @param documents the documents it gave
     * @param skips the records in it that could not be read, with the reason
     */
    public record SourceFileRecord(String collection, String source, String fingerprint, int documents,
                                   List<SkippedDocument> skips) {

        public SourceFileRecord {
            skips = List.copyOf(skips);
        }
    }

    private SourceFileRecords() {
    }

    /** Every record of this kind, to count them apart from chunks. */
    public static Term kind() {
        return new Term(KIND, SOURCE_FILE);
    }

    /** The records of a collection: dropped when one of its documents is deleted by hand. */
    public static Term ofCollection(String collection) {
        return new Term(COLLECTION, collection);
    }

    public static Optional<SourceFileRecord> find(IndexSearcher searcher, String collection, String source)
            throws IOException {
        TopDocs hits = searcher.search(new TermQuery(key(collection, source)), 1);
        if (hits.scoreDocs.length == 0) {
            return Optional.empty();
        }
        Document doc = searcher.storedFields().document(hits.scoreDocs[0].doc);
        List<SkippedDocument> skips = new ArrayList<>();
        String stored = doc.get(SKIPS);
        if (stored != null && !stored.isEmpty()) {
            for (String line : stored.split(LINE_SEPARATOR)) {
                String[] parts = line.split(FIELD_SEPARATOR, 2);
                skips.add(new SkippedDocument(parts[0], parts.length > 1 ? parts[1] : ""));
            }
        }
        return Optional.of(new SourceFileRecord(collection, source, doc.get(FINGERPRINT),
                doc.getField(DOCUMENTS).numericValue().intValue(), skips));
    }

    /** Adds or replaces the record of a file. */
    public static void write(IndexWriter writer, SourceFileRecord record) throws IOException {
        Document doc = new Document();
        Term key = key(record.collection(), record.source());
        doc.add(new StringField(KIND, SOURCE_FILE, Field.Store.NO));
        doc.add(new StringField(KEY, key.text(), Field.Store.NO));
        doc.add(new StringField(COLLECTION, record.collection(), Field.Store.NO));
        doc.add(new StoredField(FINGERPRINT, record.fingerprint()));
        doc.add(new StoredField(DOCUMENTS, record.documents()));
        List<String> lines = record.skips().stream()
                .map(skip -> skip.source().replace(FIELD_SEPARATOR, " ") + FIELD_SEPARATOR
                        + skip.reason().replace(LINE_SEPARATOR, " "))
                .toList();
        doc.add(new StoredField(SKIPS, String.join(LINE_SEPARATOR, lines)));
        writer.updateDocument(key, doc);
    }

    private static Term key(String collection, String source) {
        return new Term(KEY, collection + "\u0000" + source);
    }
}
