package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How many chunks each collection holds in each language group (analyzer suffix), counted once per
 * index reader. It tells a filtered vector search which language graphs hold none of the
 * collections asked for (skipped) and which hold nothing else (searched without a filter, so Lucene
 * does not build the filter's bit set over hundreds of thousands of chunks).
 */
final class CollectionLanguages {

    private final Map<String, Map<String, Long>> counts;
    private final Map<String, Long> totals;

    private CollectionLanguages(Map<String, Map<String, Long>> counts, Map<String, Long> totals) {
        this.counts = counts;
        this.totals = totals;
    }

    static CollectionLanguages count(IndexSearcher searcher) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Map<String, Map<String, Long>> counts = new HashMap<>();
        Map<String, Long> totals = new HashMap<>();
        List<String> languages = terms(reader, ChunkFields.LANGUAGE);
        for (String collection : terms(reader, ChunkFields.COLLECTION)) {
            for (String language : languages) {
                long count = searcher.count(new BooleanQuery.Builder()
                        .add(new TermQuery(new Term(ChunkFields.COLLECTION, collection)), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(ChunkFields.LANGUAGE, language)), BooleanClause.Occur.FILTER)
                        .build());
                if (count > 0) {
                    String suffix = Analyzers.suffix(language);
                    counts.computeIfAbsent(collection, c -> new HashMap<>()).merge(suffix, count, Long::sum);
                    totals.merge(suffix, count, Long::sum);
                }
            }
        }
        return new CollectionLanguages(counts, totals);
    }

    /** Chunks of these collections in this language group. */
    long inLanguage(Set<String> collections, String suffix) {
        long sum = 0;
        for (String collection : collections) {
            sum += counts.getOrDefault(collection, Map.of()).getOrDefault(suffix, 0L);
        }
        return sum;
    }

    /** All chunks of this language group. */
    long inLanguage(String suffix) {
        return totals.getOrDefault(suffix, 0L);
    }

    private static List<String> terms(IndexReader reader, String field) throws IOException {
        List<String> result = new ArrayList<>();
        Terms terms = MultiTerms.getTerms(reader, field);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                result.add(term.utf8ToString());
            }
        }
        return result;
    }
}
