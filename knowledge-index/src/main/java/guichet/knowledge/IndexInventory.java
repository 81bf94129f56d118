package guichet.knowledge;

import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.index.IndexFiles;
import guichet.knowledge.index.IndexedDocuments;
import guichet.knowledge.index.SourceFileRecords;
import guichet.knowledge.index.EmbedderIdentity;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** What an index holds, read from one searcher: its collections with their dates, and its counts. */
final class IndexInventory {

    private IndexInventory() {
    }

    /** Each collection with its documents, chunks and the dates of its oldest and newest guidance, by name. */
    static List<CollectionSummary> collections(IndexSearcher searcher) throws IOException {
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, Instant[]> range = new HashMap<>();
        IndexedDocuments.walk(searcher.getIndexReader(), document -> {
            long[] count = counts.computeIfAbsent(document.collection(), c -> new long[2]);
            count[0]++;
            if (document.updated() == null) {
                count[1]++;
                return;
            }
            Instant[] dates = range.computeIfAbsent(document.collection(),
                    c -> new Instant[] {document.updated(), document.updated()});
            dates[0] = document.updated().isBefore(dates[0]) ? document.updated() : dates[0];
            dates[1] = document.updated().isAfter(dates[1]) ? document.updated() : dates[1];
        });
        List<CollectionSummary> summaries = new ArrayList<>();
        for (Map.Entry<String, long[]> count : counts.entrySet()) {
            Instant[] dates = range.get(count.getKey());
            long chunks = searcher.count(new TermQuery(new Term(ChunkFields.COLLECTION, count.getKey())));
            summaries.add(new CollectionSummary(count.getKey(), count.getValue()[0], chunks, count.getValue()[1],
                    Optional.ofNullable(dates == null ? null : dates[0]),
                    Optional.ofNullable(dates == null ? null : dates[1])));
        }
        return summaries;
    }

    /** Counts what the index holds. */
    static IndexStats stats(IndexSearcher searcher, Directory directory, Path folder) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, Long> perCollection = new TreeMap<>();
        Terms terms = MultiTerms.getTerms(reader, ChunkFields.COLLECTION);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                long documents = searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ChunkFields.COLLECTION, BytesRef.deepCopyOf(term))),
                                BooleanClause.Occur.FILTER)
                        .add(new TermQuery(ChunkFields.firstChunk()), BooleanClause.Occur.FILTER).build());
                if (documents > 0) {
                    perCollection.put(term.utf8ToString(), documents);
                }
            }
        }
        long documents = searcher.count(new TermQuery(ChunkFields.firstChunk()));
        Map<String, String> userData = SegmentInfos.readLatestCommit(directory).getUserData();
        long chunks = reader.numDocs() - searcher.count(new TermQuery(SourceFileRecords.kind()));
        return new IndexStats(documents, chunks, perCollection,
                userData.getOrDefault(EmbedderIdentity.ID, ""), userData.getOrDefault(EmbedderIdentity.SHA256, ""),
                IndexFiles.sizeOnDisk(folder), reader.leaves().size());
    }
}
