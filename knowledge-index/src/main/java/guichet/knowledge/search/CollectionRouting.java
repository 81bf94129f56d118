package guichet.knowledge.search;

import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a search looks: the collections of the jurisdiction a question names ("in Scotland"), and the
 * documents per collection and language that the vector search needs to choose its graphs (counted
 * once per index reader).
 */
final class CollectionRouting {

    private final KnowledgeSettings settings;

    CollectionRouting(KnowledgeSettings settings) {
        this.settings = settings;
    }

    /** Counted for one reader, then reused until the searcher is refreshed. */
    private record CountedFor(Object reader, CollectionLanguages counts) {
    }

    private volatile CountedFor counted;

    CollectionLanguages collectionLanguages(IndexSearcher searcher) throws IOException {
        Object key = searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
        CountedFor current = counted;
        if (current == null || current.reader() != key) {
            current = new CountedFor(key, CollectionLanguages.count(searcher));
            counted = current;
        }
        return current.counts();
    }

    /**
     * The collections of the one jurisdiction the question names, those of them the index holds; empty
     * when the question names none (or several), when a collection is asked for, or when the index
     * holds none of them.
     */
    Set<String> routedCollections(IndexReader reader, SearchQuery query) throws IOException {
        if (query.collection() != null) {
            return Set.of();
        }
        Optional<Jurisdictions.Jurisdiction> named = settings.jurisdictions().namedIn(query.text());
        if (named.isEmpty()) {
            return Set.of();
        }
        Set<String> present = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, ChunkFields.COLLECTION);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                String collection = term.utf8ToString();
                if (named.get().collections().contains(collection)) {
                    present.add(collection);
                }
            }
        }
        return present;
    }
}
