package guichet.knowledge;

import guichet.knowledge.search.Misspellings;
import guichet.knowledge.search.PassageSearch;
import guichet.knowledge.search.QueryVectors;
import guichet.knowledge.index.Analyzers;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;

import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * What reads the index for a query: the spelling check, the query's vector (kept for recent queries)
 * and the passage or document search, with the vector search on worker threads of its own.
 */
final class IndexSearches implements AutoCloseable {

    private final IndexHandle handle;
    private final KnowledgeSettings settings;
    private final ExecutorService workers;
    private final PassageSearch search;
    private final QueryVectors queryVectors;
    private final Misspellings misspellings = new Misspellings();

    IndexSearches(IndexHandle handle, KnowledgeSettings settings) {
        this.handle = handle;
        this.settings = settings;
        AtomicInteger workerCount = new AtomicInteger();
        this.workers = Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
            Thread thread = new Thread(r, "knowledge-search-" + workerCount.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.search = new PassageSearch(settings, handle.analyzer(), workers);
        this.queryVectors = new QueryVectors(handle.embedder(), settings.queryVectorCache());
    }

    /** See {@link KnowledgeIndex#embedQuery}. */
    float[] embedQuery(String text) {
        return queryVectors.get(corrected(text));
    }

    /** See {@link KnowledgeIndex#corrected}. */
    String corrected(String text) {
        return handle.reading("search", searcher -> corrected(searcher, text));
    }

    private String corrected(IndexSearcher searcher, String text) throws IOException {
        return settings.correctSpelling() ? misspellings.correct(searcher.getIndexReader(), text) : text;
    }

    /** See {@link KnowledgeIndex#sectionsNamed}. */
    SectionsNamed sectionsNamed(String phrase, String language) {
        String suffix = Analyzers.suffix(language);
        QueryBuilder builder = new QueryBuilder(Analyzers.shared(suffix));
        Query title = builder.createPhraseQuery(ChunkFields.TITLE + "_" + suffix, phrase);
        Query headings = builder.createPhraseQuery(ChunkFields.HEADINGS + "_" + suffix, phrase);
        if (!(title instanceof PhraseQuery) || headings == null) {
            return new SectionsNamed(0, List.of());
        }
        Query either = new BooleanQuery.Builder().add(title, BooleanClause.Occur.SHOULD)
                .add(headings, BooleanClause.Occur.SHOULD).build();
        return handle.reading("search", searcher -> {
            Set<String> labels = new LinkedHashSet<>();
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc hit : searcher.search(either, SectionsNamed.MOST_LABELLED).scoreDocs) {
                Passage passage = ChunkFields.toPassage(stored.document(hit.doc), 0, "");
                labels.add(passage.title());
                labels.addAll(passage.headingPath());
            }
            return new SectionsNamed(searcher.count(either), List.copyOf(labels));
        });
    }

    /** See {@link KnowledgeIndex#search(SearchQuery, float[])}. */
    List<Passage> passages(SearchQuery query, float[] queryVector) {
        return searching(query, queryVector, search::search);
    }

    /** See {@link KnowledgeIndex#searchDocuments(SearchQuery, float[])}. */
    List<DocumentHit> documents(SearchQuery query, float[] queryVector) {
        return searching(query, queryVector,
                (searcher, read, vector) -> search.searchDocuments(searcher, read, vector, settings.documentRanking()));
    }

    @FunctionalInterface
    private interface Ranker<T> {
        T rank(IndexSearcher searcher, SearchQuery query, Supplier<float[]> vector) throws IOException;
    }

    private <T> T searching(SearchQuery query, float[] queryVector, Ranker<T> ranker) {
        return handle.reading("search", searcher -> {
            // Embedding the question as typed while its spelling is checked keeps the check off the
            // embedding path for the many questions it leaves as they are (ADR 26).
            CompletableFuture<float[]> asTyped = queryVector == null && query.mode() != SearchQuery.Mode.BM25
                    && settings.correctSpelling()
                    ? CompletableFuture.supplyAsync(() -> queryVectors.get(query.text()), workers) : null;
            SearchQuery read = query.withText(corrected(searcher, query.text()));
            Supplier<float[]> vector = queryVector != null ? () -> queryVectors.check(queryVector)
                    : asTyped != null && read.text().equals(query.text()) ? () -> joined(asTyped)
                    : () -> queryVectors.get(read.text());
            return ranker.rank(searcher, read, vector);
        });
    }

    private static float[] joined(CompletableFuture<float[]> vector) {
        try {
            return vector.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stops the search workers; a search in flight fails. */
    @Override
    public void close() {
        workers.shutdownNow();
    }
}
