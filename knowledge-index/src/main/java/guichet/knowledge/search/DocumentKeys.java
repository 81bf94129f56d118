package guichet.knowledge.search;

import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The document each candidate chunk belongs to (collection and document id), read for every candidate
 * of a search by document: from doc values, in doc id order as they must be read; chunks written before
 * the key had doc values are read from their stored fields.
 */
final class DocumentKeys {

    private static final Set<String> STORED = Set.of(ChunkFields.COLLECTION, ChunkFields.DOCUMENT_ID);

    private DocumentKeys() {
    }

    /** Document keys by Lucene doc id. */
    static Map<Integer, String> of(IndexReader reader, List<PassageSearch.Candidate> candidates) throws IOException {
        int[] docs = candidates.stream().mapToInt(PassageSearch.Candidate::doc).sorted().distinct().toArray();
        Map<Integer, String> keys = new HashMap<>(docs.length * 2);
        List<LeafReaderContext> leaves = reader.leaves();
        StoredFields stored = null;
        SortedDocValues values = null;
        int leafIndex = -1;
        for (int doc : docs) {
            int index = ReaderUtil.subIndex(doc, leaves);
            LeafReaderContext leaf = leaves.get(index);
            if (index != leafIndex) {
                leafIndex = index;
                values = leaf.reader().getSortedDocValues(ChunkFields.DOCUMENT_KEY);
            }
            if (values != null && values.advanceExact(doc - leaf.docBase)) {
                keys.put(doc, values.lookupOrd(values.ordValue()).utf8ToString());
            } else {
                if (stored == null) {
                    stored = reader.storedFields();
                }
                Document fields = stored.document(doc, STORED);
                keys.put(doc, ChunkFields.documentKey(fields.get(ChunkFields.COLLECTION),
                        fields.get(ChunkFields.DOCUMENT_ID)).text());
            }
        }
        return keys;
    }
}
