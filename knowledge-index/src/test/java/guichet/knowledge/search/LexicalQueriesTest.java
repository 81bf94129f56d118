package guichet.knowledge.search;

import guichet.knowledge.index.Analyzers;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LexicalQueriesTest {

    private static final String[][] CHUNKS = {
            {"en", "National Minimum Wage rates", "Current rates", "The hourly rate for the minimum wage depends on your age and whether you're an apprentice."},
            {"en", "Become an apprentice", "Pay and conditions", "Apprentices are entitled to the minimum wage for apprentices."},
            {"en", "Holiday entitlement", "Entitlement", "Almost all workers are legally entitled to 5.6 weeks' paid holiday a year."},
            {"fr", "Le Smic", "Montant du Smic", "Le salaire minimum de croissance est revalorisé chaque année ; son montant horaire brut..."},
            {"fr", "L'apprentissage", "Rémunération de l'apprenti", "L'apprenti perçoit un salaire minimum qui dépend de son âge."},
    };

    @Test
    void aFlatQueryScoresExactlyAsOneSubQueryPerField() throws Exception {
        try (ByteBuffersDirectory directory = new ByteBuffersDirectory()) {
            try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
                for (String[] chunk : CHUNKS) {
                    Document doc = new Document();
                    doc.add(new TextField("title_" + chunk[0], chunk[1], Field.Store.NO));
                    doc.add(new TextField("headings_" + chunk[0], chunk[2], Field.Store.NO));
                    doc.add(new TextField("text_" + chunk[0], chunk[3], Field.Store.NO));
                    writer.addDocument(doc);
                }
            }
            try (DirectoryReader reader = DirectoryReader.open(directory)) {
                IndexSearcher searcher = new IndexSearcher(reader);
                for (String question : List.of("minimum wage minimum wage for an apprentice",
                        "quel est le salaire minimum d'un apprenti ?", "holiday", "the and of", "apprenti")) {
                    Query flat = new LexicalQueries().build(question, List.of("en", "fr"));
                    Query nested = nested(question, List.of("en", "fr"));
                    if (nested == null) {
                        assertThat(flat).as(question).isNull();
                        continue;
                    }
                    ScoreDoc[] expected = searcher.search(nested, 10).scoreDocs;
                    ScoreDoc[] actual = searcher.search(flat, 10).scoreDocs;

                    assertThat(actual).as(question).hasSameSizeAs(expected);
                    for (int i = 0; i < expected.length; i++) {
                        assertThat(actual[i].doc).as(question).isEqualTo(expected[i].doc);
                        assertThat(actual[i].score).as(question).isCloseTo(expected[i].score, within(1e-4f));
                    }
                    assertThat(((BooleanQuery) flat).clauses()).as(question)
                            .allMatch(c -> !(c.query() instanceof BooleanQuery)
                                    && !(c.query() instanceof BoostQuery b && b.getQuery() instanceof BooleanQuery));
                }
            }
        }
    }

    @Test
    void searchesOtherLanguagesInTheirTextFieldOnlyWhenAsked() {
        BooleanQuery query = (BooleanQuery) new LexicalQueries().build("minimum wage for apprentices", List.of("en"),
                List.of("fr", "std"));

        List<String> fields = query.clauses().stream().map(c -> c.query() instanceof BoostQuery b ? b.getQuery() : c.query())
                .map(q -> ((org.apache.lucene.search.TermQuery) q).getTerm().field()).distinct().sorted().toList();
        assertThat(fields).containsExactly("headings_en", "text_en", "text_fr", "text_std", "title_en");
    }

    /** The query as it was built before: one boosted sub-query per language and field. */
    private static Query nested(String text, List<String> suffixes) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        int clauses = 0;
        for (String suffix : suffixes) {
            Analyzer analyzer = Analyzers.forSuffix(suffix);
            QueryBuilder builder = new QueryBuilder(analyzer);
            for (Object[] field : new Object[][] {{"text_", 1f}, {"title_", LexicalQueries.TITLE_BOOST},
                    {"headings_", LexicalQueries.HEADINGS_BOOST}}) {
                Query clause = builder.createBooleanQuery(field[0] + suffix, text);
                if (clause != null) {
                    query.add(new BoostQuery(clause, (Float) field[1]), BooleanClause.Occur.SHOULD);
                    clauses++;
                }
            }
        }
        return clauses == 0 ? null : query.build();
    }
}
