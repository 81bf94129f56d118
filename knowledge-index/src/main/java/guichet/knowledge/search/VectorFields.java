package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The vector fields a search looks in: one HNSW graph per language (ADR 23), plus the single field
 * of an index written before them. Under a filter, each language's graph is searched with the filter
 * narrowed to that language, so a graph holding none of the documents the filter lets through is
 * answered at once instead of being walked to its end.
 */
final class VectorFields {

    /** One field to search, with the filter to search it under (null: none). */
    record Target(String field, Query filter) {
    }

    private VectorFields() {
    }

    /**
     * @param filter the search's filter, or null
     * @param collections the collections the filter restricts to (empty: any)
     * @param onlyCollections whether the filter restricts nothing but the collection
     * @param language the language the search is restricted to, or null
     * @param counts chunks per collection and language group
     */
    static List<Target> of(IndexReader reader, Query filter, Set<String> collections, boolean onlyCollections,
                           String language, CollectionLanguages counts) throws IOException {
        Map<String, List<BytesRef>> languagesBySuffix = new TreeMap<>();
        Terms terms = MultiTerms.getTerms(reader, ChunkFields.LANGUAGE);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                languagesBySuffix.computeIfAbsent(Analyzers.suffix(term.utf8ToString()), s -> new ArrayList<>())
                        .add(BytesRef.deepCopyOf(term));
            }
        }
        TreeSet<String> present = new TreeSet<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            for (FieldInfo field : leaf.reader().getFieldInfos()) {
                if (field.getVectorDimension() > 0 && ChunkFields.isVectorField(field.name)) {
                    present.add(field.name);
                }
            }
        }
        String askedSuffix = language == null ? null : Analyzers.suffix(language);
        List<Target> targets = new ArrayList<>();
        for (String field : present) {
            if (field.equals(ChunkFields.VECTOR)) {
                targets.add(new Target(field, filter));
                continue;
            }
            String suffix = field.substring(ChunkFields.VECTOR.length() + 1);
            if (askedSuffix != null && !askedSuffix.equals(suffix)) {
                continue;
            }
            List<BytesRef> languages = languagesBySuffix.get(suffix);
            if (!collections.isEmpty() && languages != null) {
                long accepted = counts.inLanguage(collections, suffix);
                if (accepted == 0) {
                    continue;
                }
                if (onlyCollections && accepted == counts.inLanguage(suffix)) {
                    targets.add(new Target(field, null));
                    continue;
                }
            }
            if (filter == null || languages == null) {
                targets.add(new Target(field, filter));
            } else {
                targets.add(new Target(field, new BooleanQuery.Builder().add(filter, BooleanClause.Occur.FILTER)
                        .add(new TermInSetQuery(ChunkFields.LANGUAGE, languages), BooleanClause.Occur.FILTER).build()));
            }
        }
        return targets;
    }
}
