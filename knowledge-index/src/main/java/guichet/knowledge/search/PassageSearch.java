package guichet.knowledge.search;

import guichet.knowledge.DocumentHit;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.index.ChunkFields;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs a search: the BM25 ranking ({@link LexicalRanking}), the vector ranking, or both fused, within
 * the collections a question is routed to ({@link CollectionRouting}); then document-type weights, the
 * minimum score, the grouping by document when documents are asked for, and stored fields and
 * snippets for the passages returned only.
 */
public final class PassageSearch {

    private final KnowledgeSettings settings;
    private final LexicalRanking lexical = new LexicalRanking();
    private final CollectionRouting routing;
    private final Snippets snippets;
    private final Executor workers;

    /** @param workers run the vector search of a hybrid search while the caller runs the BM25 one */
    public PassageSearch(KnowledgeSettings settings, Analyzer analyzer, Executor workers) {
        this.settings = settings;
        this.routing = new CollectionRouting(settings);
        this.snippets = new Snippets(analyzer);
        this.workers = workers;
    }

    /**
     * Passages looked at per document asked for: a page's matching passages often come in runs, and its
     * score counts several of them.
     */
    private static final int PASSAGES_SEARCHED_PER_DOCUMENT = 4;

    /** A chunk (Lucene doc id) and its score in the ranking. */
    record Candidate(int doc, double score) {
    }

    /** What the vector search needs to know of the filter (counts: null when no collection is asked for). */
    private record VectorScope(Set<String> collections, boolean onlyCollections, String language,
                               CollectionLanguages counts) {
    }

    /**
     * The best passages.
     *
     * @param queryVector embeds the query; called only when the mode needs it
     */
    public List<Passage> search(IndexSearcher searcher, SearchQuery query, Supplier<float[]> queryVector)
            throws IOException {
        Ranking ranking = rank(searcher, query, queryVector, query.k());
        return passages(searcher, ranking.candidates().stream().limit(query.k()).toList(), ranking.text());
    }

    /**
     * The best documents, {@code query.k()} of them: the passages of a deeper search grouped by document
     * and scored by {@code documents}, each document with its best passages.
     *
     * @param queryVector embeds the query; called only when the mode needs it
     */
    public List<DocumentHit> searchDocuments(IndexSearcher searcher, SearchQuery query, Supplier<float[]> queryVector,
                                             DocumentRanking documents) throws IOException {
        Ranking ranking = rank(searcher, query, queryVector, query.k() * PASSAGES_SEARCHED_PER_DOCUMENT);
        Map<Integer, String> keys = DocumentKeys.of(searcher.getIndexReader(), ranking.candidates());
        List<DocumentRanking.Ranked<Candidate>> best = documents.rank(ranking.candidates(),
                c -> keys.get(c.doc()), Candidate::score).stream().limit(query.k()).toList();
        List<Candidate> chosen = best.stream().flatMap(d -> d.passages().stream()).toList();
        Map<Integer, Passage> read = new HashMap<>();
        List<Passage> passages = passages(searcher, chosen, ranking.text());
        for (int i = 0; i < chosen.size(); i++) {
            read.put(chosen.get(i).doc(), passages.get(i));
        }
        List<DocumentHit> hits = new ArrayList<>(best.size());
        for (DocumentRanking.Ranked<Candidate> document : best) {
            List<Passage> own = document.passages().stream().map(c -> read.get(c.doc())).toList();
            hits.add(new DocumentHit(own.getFirst().documentId(), own.getFirst().title(), document.score(), own));
        }
        return hits;
    }

    /** The weighted candidates above the minimum score, best first, and the BM25 query (null when none ran). */
    private record Ranking(List<Candidate> candidates, Query text) {
    }

    /** Ranks enough candidates to fill {@code wanted} passages. */
    private Ranking rank(IndexSearcher searcher, SearchQuery query, Supplier<float[]> queryVector, int wanted)
            throws IOException {
        int candidates = Math.max(wanted, wanted * settings.candidateFactor());
        Set<String> routed = routing.routedCollections(searcher.getIndexReader(), query);
        Query filter = Filters.of(query, routed);
        Set<String> collections = query.collection() != null ? Set.of(query.collection()) : routed;
        CollectionLanguages counts = collections.isEmpty() ? null : routing.collectionLanguages(searcher);
        VectorScope scope = new VectorScope(collections, query.language() == null && query.documentTypes().isEmpty(),
                query.language(), counts);
        List<String> suffixes = LexicalRanking.suffixes(searcher.getIndexReader(), query.language());
        if (counts != null) {
            suffixes = suffixes.stream().filter(s -> counts.inLanguage(collections, s) > 0).toList();
        }
        Query text = suffixes.isEmpty() ? null : lexical.query(query.text(), suffixes, !routed.isEmpty());
        List<Candidate> ranked = switch (query.mode()) {
            case BM25 -> LexicalRanking.bm25(searcher, text, filter, candidates);
            case DENSE -> dense(searcher, queryVector.get(), filter, candidates, scope);
            case HYBRID -> hybrid(searcher, text, queryVector, filter, candidates, scope);
        };
        double minScore = query.minScore() != null ? query.minScore() : settings.minScore();
        return new Ranking(weighted(searcher.getIndexReader(), ranked).stream()
                .filter(c -> c.score() >= minScore).toList(), text);
    }

    /**
     * Both rankings at once: the query is embedded and searched by vector on a worker while this
     * thread runs BM25, so a hybrid search costs the longer of the two paths rather than their sum.
     */
    private List<Candidate> hybrid(IndexSearcher searcher, Query text, Supplier<float[]> queryVector, Query filter,
                                   int candidates, VectorScope scope) throws IOException {
        CompletableFuture<List<Candidate>> byVector = CompletableFuture.supplyAsync(() -> {
            try {
                return dense(searcher, queryVector.get(), filter, candidates, scope);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, workers);
        List<Candidate> lexical;
        try {
            lexical = LexicalRanking.bm25(searcher, text, filter, candidates);
        } catch (IOException | RuntimeException e) {
            byVector.handle((result, failure) -> null).join(); // the searcher must outlive the worker's use of it
            throw e;
        }
        try {
            return fuse(lexical, byVector.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The nearest chunks across the per-language vector graphs, best first. */
    private static List<Candidate> dense(IndexSearcher searcher, float[] vector, Query filter, int n, VectorScope scope)
            throws IOException {
        float[] unit = ChunkFields.unit(vector);
        List<Candidate> result = new ArrayList<>();
        for (VectorFields.Target target : VectorFields.of(searcher.getIndexReader(), filter, scope.collections(),
                scope.onlyCollections(), scope.language(), scope.counts())) {
            Query knn = new KnnFloatVectorQuery(target.field(), unit, n, target.filter());
            for (ScoreDoc hit : searcher.search(knn, n).scoreDocs) {
                result.add(new Candidate(hit.doc, 2.0 * hit.score - 1.0));
            }
        }
        result.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return result.size() > n ? List.copyOf(result.subList(0, n)) : result;
    }

    private List<Candidate> fuse(List<Candidate> bm25, List<Candidate> dense) {
        List<Double> weights = List.of(settings.lexicalWeight(), settings.denseWeight());
        double best = ReciprocalRankFusion.bestScore(weights, settings.rrfK());
        return ReciprocalRankFusion.fuse(List.of(docs(bm25), docs(dense)), weights, settings.rrfK()).stream()
                .map(f -> new Candidate(f.item(), f.score() / best)).toList();
    }

    private static List<Integer> docs(List<Candidate> candidates) {
        return candidates.stream().map(Candidate::doc).toList();
    }

    /** Scores times the document type's weight, re-sorted; untouched when no weight is set. */
    private List<Candidate> weighted(IndexReader reader, List<Candidate> ranked) throws IOException {
        if (settings.documentTypeWeights().isEmpty()) {
            return ranked;
        }
        List<LeafReaderContext> leaves = reader.leaves();
        List<Candidate> result = new ArrayList<>(ranked.size());
        for (Candidate candidate : ranked) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(candidate.doc(), leaves));
            SortedDocValues types = leaf.reader().getSortedDocValues(ChunkFields.DOCUMENT_TYPE);
            double weight = 1.0;
            if (types != null && types.advanceExact(candidate.doc() - leaf.docBase)) {
                weight = settings.weightOf(types.lookupOrd(types.ordValue()).utf8ToString());
            }
            result.add(new Candidate(candidate.doc(), candidate.score() * weight));
        }
        result.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return result;
    }

    private List<Passage> passages(IndexSearcher searcher, List<Candidate> kept, Query text) throws IOException {
        StoredFields stored = searcher.storedFields();
        String[] fields = new String[kept.size()];
        String[] texts = new String[kept.size()];
        List<Document> docs = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            Document doc = stored.document(kept.get(i).doc());
            docs.add(doc);
            fields[i] = ChunkFields.textField(doc.get(ChunkFields.LANGUAGE));
            String value = doc.get(fields[i]);
            texts[i] = value == null ? "" : value;
        }
        String[] extracts = snippets.highlight(text, fields, texts);
        List<Passage> passages = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            passages.add(ChunkFields.toPassage(docs.get(i), kept.get(i).score(), extracts[i]));
        }
        return passages;
    }
}
