package guichet.knowledge;

import guichet.knowledge.search.DocumentRanking;
import guichet.knowledge.search.Jurisdictions;

import java.util.Map;
import java.util.Objects;

/**
 * Every setting of the knowledge index, validated when built.
 *
 * @param rrfK reciprocal rank fusion's k: larger flattens the difference between ranks
 * @param lexicalWeight weight of the BM25 ranking in the fusion
 * @param denseWeight weight of the vector ranking in the fusion
 * @param documentTypeWeights score multiplier per document type (absent types weigh 1)
 * @param chunkTokens target chunk size in (estimated) tokens
 * @param chunkOverlapTokens tokens repeated from the end of one chunk at the start of the next
 * @param minScore passages scoring below this are dropped (0 keeps all); the scale is the mode's
 *                 (see {@link Passage#score()})
 * @param quantizeVectors store vectors scalar-quantized (smaller, faster, slightly less exact)
 * @param commitBatchDocuments documents per commit during an ingest: a crash loses at most one batch
 * @param hnswMaxConnections HNSW graph neighbours per node
 * @param hnswBeamWidth HNSW candidates considered while building the graph
 * @param candidateFactor each ranking fetches k × this many candidates before fusion
 * @param queryVectorCache query vectors kept, most recently used first, so a question asked again is
 *                         not embedded again (0 turns the cache off)
 * @param jurisdictions which collections answer for which country: a question that names one country
 *                      is searched in its collections only (see {@link Jurisdictions})
 * @param correctSpelling read a question's misspelt words as the nearest words the index holds, for
 *                        BM25 (and for routing by country)
 * @param documentRanking how a search by document scores a document from its passages
 */
public record KnowledgeSettings(int rrfK, double lexicalWeight, double denseWeight,
                                Map<String, Double> documentTypeWeights, int chunkTokens, int chunkOverlapTokens,
                                double minScore, boolean quantizeVectors, int commitBatchDocuments,
                                int hnswMaxConnections, int hnswBeamWidth, int candidateFactor,
                                int queryVectorCache, Jurisdictions jurisdictions,
                                boolean correctSpelling, DocumentRanking documentRanking) {

    public KnowledgeSettings {
        require(rrfK >= 1 && rrfK <= 1000, "rrf k must be between 1 and 1000, not " + rrfK);
        require(lexicalWeight >= 0 && denseWeight >= 0 && lexicalWeight + denseWeight > 0,
                "fusion weights must be ≥ 0 and not both 0 (lexical " + lexicalWeight + ", dense " + denseWeight + ")");
        documentTypeWeights = Map.copyOf(Objects.requireNonNull(documentTypeWeights, "documentTypeWeights"));
        documentTypeWeights.forEach((type, weight) -> require(weight != null && weight > 0 && weight <= 10,
                "the weight of document type '" + type + "' must be in (0, 10], not " + weight));
        require(chunkTokens >= 50 && chunkTokens <= 480,
                "chunk size must be between 50 and 480 tokens (the embedder reads 512), not " + chunkTokens);
        require(chunkOverlapTokens >= 0 && chunkOverlapTokens <= chunkTokens / 2,
                "chunk overlap must be between 0 and half the chunk size, not " + chunkOverlapTokens);
        require(minScore >= 0, "min score must be ≥ 0, not " + minScore);
        require(commitBatchDocuments >= 1 && commitBatchDocuments <= 10_000,
                "commit batch must be between 1 and 10000 documents, not " + commitBatchDocuments);
        require(hnswMaxConnections >= 4 && hnswMaxConnections <= 512,
                "HNSW max connections must be between 4 and 512, not " + hnswMaxConnections);
        require(hnswBeamWidth >= 8 && hnswBeamWidth <= 3200,
                "HNSW beam width must be between 8 and 3200, not " + hnswBeamWidth);
        require(candidateFactor >= 1 && candidateFactor <= 50,
                "candidate factor must be between 1 and 50, not " + candidateFactor);
        Objects.requireNonNull(jurisdictions, "jurisdictions");
        Objects.requireNonNull(documentRanking, "documentRanking");
        require(queryVectorCache >= 0 && queryVectorCache <= 1_000_000,
                "the query vector cache must hold between 0 and 1000000 vectors, not " + queryVectorCache);
    }

    /** The tuned defaults (see ADR-NOTES.md). */
    public static KnowledgeSettings defaults() {
        return new KnowledgeSettings(60, 1.0, 2.0, Map.of(), 300, 40, 0.0, false, 32, 16, 100, 4, 1024,
                Jurisdictions.defaults(), true, DocumentRanking.DEFAULT);
    }

    public double weightOf(String documentType) {
        return documentTypeWeights.getOrDefault(documentType, 1.0);
    }

    public KnowledgeSettings withFusion(int k, double lexical, double dense) {
        return new KnowledgeSettings(k, lexical, dense, documentTypeWeights, chunkTokens, chunkOverlapTokens, minScore,
                quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth, candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withDocumentTypeWeights(Map<String, Double> weights) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, weights, chunkTokens, chunkOverlapTokens,
                minScore, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth, candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withChunking(int tokens, int overlap) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, tokens, overlap, minScore,
                quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth, candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withMinScore(double value) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, value, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withQuantizedVectors(boolean value) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, value, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withCommitBatch(int documents) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, documents, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withHnsw(int maxConnections, int beamWidth) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, commitBatchDocuments, maxConnections, beamWidth,
                candidateFactor, queryVectorCache, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withQueryVectorCache(int vectors) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, vectors, jurisdictions, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withJurisdictions(Jurisdictions value) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, value, correctSpelling, documentRanking);
    }

    public KnowledgeSettings withSpellingCorrection(boolean value) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, jurisdictions, value, documentRanking);
    }

    public KnowledgeSettings withDocumentRanking(DocumentRanking value) {
        return new KnowledgeSettings(rrfK, lexicalWeight, denseWeight, documentTypeWeights, chunkTokens,
                chunkOverlapTokens, minScore, quantizeVectors, commitBatchDocuments, hnswMaxConnections, hnswBeamWidth,
                candidateFactor, queryVectorCache, jurisdictions, correctSpelling, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new InvalidKnowledgeSettingsException(message);
        }
    }
}
