package guichet.app.employment.catalogue;

import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Jobs and training courses, indexed with Lucene (in memory: a catalogue is thousands of offers,
 * re-imported whole). Filters are exact (kind, country, region, most hours a week, apprenticeships,
 * CPF-eligible); the citizen's skills rank what passes, and free words match titles and descriptions.
 */
public final class Catalogue implements AutoCloseable {

    private final Directory directory = new ByteBuffersDirectory();
    private final Map<String, Offer> offers = new HashMap<>();
    private final DirectoryReader reader;
    private final IndexSearcher searcher;

    public Catalogue(List<Offer> all) {
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
            for (Offer offer : all) {
                String key = offer.kind() + ":" + offer.id();
                offers.put(key, offer);
                Document doc = new Document();
                doc.add(new StringField("key", key, Field.Store.YES));
                doc.add(new StringField("kind", offer.kind().name(), Field.Store.NO));
                doc.add(new StringField("country", offer.country(), Field.Store.NO));
                doc.add(new StringField("region", offer.region(), Field.Store.NO));
                doc.add(new IntPoint("hours", offer.hoursPerWeek()));
                doc.add(new StoredField("hours", offer.hoursPerWeek()));
                offer.skills().forEach(skill -> doc.add(new StringField("skill", skill, Field.Store.NO)));
                doc.add(new StringField("apprenticeship", Boolean.toString(offer.apprenticeship()), Field.Store.NO));
                doc.add(new StringField("cpf", Boolean.toString(offer.cpf()), Field.Store.NO));
                doc.add(new TextField("text", offer.title() + " " + offer.description() + " "
                        + String.join(" ", offer.skills()), Field.Store.NO));
                writer.addDocument(doc);
            }
            writer.commit();
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot index the catalogue", e);
        }
    }

    public int size() {
        return offers.size();
    }

    /**
     * What to look for.
     *
     * @param kind jobs or training
     * @param country "gb", "fr" or null for any
     * @param region a region, or null for any (when nothing matches in the region, the country is searched)
     * @param maxHoursPerWeek most hours a week, or null
     * @param skills skills that rank offers higher
     * @param apprenticeshipOnly only apprenticeships
     * @param cpfOnly only courses the CPF pays for
     */
    public record Filters(Offer.Kind kind, String country, String region, Integer maxHoursPerWeek, List<String> skills,
                          boolean apprenticeshipOnly, boolean cpfOnly) {
        public Filters {
            skills = skills == null ? List.of() : List.copyOf(skills);
        }
    }

    /** The best offers for the filters, best first, and whether the region had to be widened. */
    public record Found(List<Offer> offers, boolean regionWidened) {
    }

    public Found search(Filters filters, int limit) {
        List<Offer> inRegion = filters.region() == null || filters.region().isBlank() ? null : run(filters, true, limit);
        if (inRegion != null && !inRegion.isEmpty()) {
            return new Found(inRegion, false);
        }
        return new Found(run(filters, false, limit), inRegion != null);
    }

    private List<Offer> run(Filters filters, boolean withRegion, int limit) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        query.add(new TermQuery(new Term("kind", filters.kind().name())), BooleanClause.Occur.FILTER);
        if (filters.country() != null && !filters.country().isBlank()) {
            query.add(new TermQuery(new Term("country", filters.country().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (withRegion) {
            query.add(new TermQuery(new Term("region", filters.region().toLowerCase(Locale.ROOT))), BooleanClause.Occur.FILTER);
        }
        if (filters.maxHoursPerWeek() != null) {
            query.add(IntPoint.newRangeQuery("hours", 0, filters.maxHoursPerWeek()), BooleanClause.Occur.FILTER);
        }
        if (filters.apprenticeshipOnly()) {
            query.add(new TermQuery(new Term("apprenticeship", "true")), BooleanClause.Occur.FILTER);
        }
        if (filters.cpfOnly()) {
            query.add(new TermQuery(new Term("cpf", "true")), BooleanClause.Occur.FILTER);
        }
        query.add(new MatchAllDocsQuery(), BooleanClause.Occur.SHOULD);
        for (String skill : filters.skills()) {
            Query bySkill = new TermQuery(new Term("skill", skill.toLowerCase(Locale.ROOT)));
            query.add(new BoostQuery(bySkill, 3f), BooleanClause.Occur.SHOULD);
        }
        try {
            List<Offer> found = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query.build(), limit).scoreDocs) {
                found.add(offers.get(searcher.storedFields().document(hit.doc).get("key")));
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("catalogue search failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
