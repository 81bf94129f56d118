package guichet.knowledge.search;

import guichet.knowledge.SearchQuery;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/** The filters of a search (collection, language, document types) as one Lucene query, or null. */
public final class Filters {

    private Filters() {
    }

    public static Query of(SearchQuery query) {
        return of(query, java.util.Set.of());
    }

    /** @param routedCollections collections the question was routed to (empty: not routed) */
    public static Query of(SearchQuery query, java.util.Set<String> routedCollections) {
        BooleanQuery.Builder filter = new BooleanQuery.Builder();
        int clauses = 0;
        if (!routedCollections.isEmpty()) {
            filter.add(new TermInSetQuery(ChunkFields.COLLECTION,
                    routedCollections.stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
            clauses++;
        }
        if (query.collection() != null) {
            filter.add(new TermQuery(new Term(ChunkFields.COLLECTION, query.collection())), BooleanClause.Occur.FILTER);
            clauses++;
        }
        if (query.language() != null) {
            filter.add(new TermQuery(new Term(ChunkFields.LANGUAGE, query.language())), BooleanClause.Occur.FILTER);
            clauses++;
        }
        if (!query.documentTypes().isEmpty()) {
            filter.add(new TermInSetQuery(ChunkFields.DOCUMENT_TYPE,
                    query.documentTypes().stream().map(BytesRef::new).toList()), BooleanClause.Occur.FILTER);
            clauses++;
        }
        return clauses == 0 ? null : filter.build();
    }
}
