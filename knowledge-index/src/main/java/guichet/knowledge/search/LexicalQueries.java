package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The BM25 query for a text: for each language present in the index, the text analysed by that
 * language's analyzer, matched against the language's text, title and heading fields, the title
 * and headings boosted.
 */
public final class LexicalQueries {

    public static final float TITLE_BOOST = 2.0f;
    public static final float HEADINGS_BOOST = 1.5f;

    private final Map<String, QueryBuilder> builders = new HashMap<>();

    public LexicalQueries() {
        for (String suffix : Analyzers.suffixes()) {
            Analyzer analyzer = Analyzers.forSuffix(suffix);
            builders.put(suffix, new QueryBuilder(analyzer));
        }
    }

    /**
     * @param suffixes the language suffixes of the fields to search (see {@link Analyzers#suffix})
     * @return the query, or null when the text has no searchable word in any of these languages
     */
    public Query build(String text, Collection<String> suffixes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String suffix : suffixes) {
            QueryBuilder builder = builders.get(suffix);
            clauses += add(query, builder.createBooleanQuery(ChunkFields.TEXT + "_" + suffix, text), 1f);
            clauses += add(query, builder.createBooleanQuery(ChunkFields.TITLE + "_" + suffix, text), TITLE_BOOST);
            clauses += add(query, builder.createBooleanQuery(ChunkFields.HEADINGS + "_" + suffix, text), HEADINGS_BOOST);
        }
        return clauses == 0 ? null : query.build();
    }

    private static int add(BooleanQuery.Builder query, Query clause, float boost) {
        if (clause == null) {
            return 0;
        }
        query.add(boost == 1f ? clause : new BoostQuery(clause, boost), BooleanClause.Occur.SHOULD);
        return 1;
    }
}
