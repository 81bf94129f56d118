package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import guichet.knowledge.ingest.LanguageGuess;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The BM25 side of a search: which language fields the query reads, and the ranking it gives. */
final class LexicalRanking {

    private final LexicalQueries lexical = new LexicalQueries();

    /**
     * The BM25 query. When the question's language can be told, the index has it and no country
     * routes the question, only that language's fields are searched in full (text, title, headings);
     * the other languages' text fields stay in, for the words a question shares with passages in
     * another language (names of schemes, CDD, RSA), but not their titles and headings. Each field
     * searched adds a clause per word to every query; this cuts them from 9 to 5 per word for a
     * corpus in English, French and Welsh, and BM25 CPU time by about 30% at 100k chunks (ADR 12).
     * A routed question keeps every field of the languages its collections hold; the fields of the
     * others would match only chunks the filter drops, at the cost of reading their postings.
     */
    Query query(String text, List<String> suffixes, boolean routed) {
        String language = LanguageGuess.detect(text);
        String own = Analyzers.suffix(language);
        if (routed || language.equals(LanguageGuess.UNDETERMINED) || !suffixes.contains(own)) {
            return lexical.build(text, suffixes);
        }
        return lexical.build(text, List.of(own), suffixes.stream().filter(s -> !s.equals(own)).toList());
    }

    static List<PassageSearch.Candidate> bm25(IndexSearcher searcher, Query text, Query filter, int n) throws IOException {
        if (text == null) {
            return List.of();
        }
        Query query = filter == null ? text : new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST)
                .add(filter, BooleanClause.Occur.FILTER).build();
        List<PassageSearch.Candidate> result = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, n).scoreDocs) {
            result.add(new PassageSearch.Candidate(hit.doc, hit.score));
        }
        return result;
    }

    /** The analyzer suffixes of the languages present in the index (or of the one asked for). */
    static List<String> suffixes(IndexReader reader, String language) throws IOException {
        if (language != null) {
            return List.of(Analyzers.suffix(language));
        }
        Set<String> result = new TreeSet<>();
        Terms terms = MultiTerms.getTerms(reader, ChunkFields.LANGUAGE);
        if (terms != null) {
            TermsEnum iterator = terms.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                result.add(Analyzers.suffix(term.utf8ToString()));
            }
        }
        return List.copyOf(result);
    }
}
