package guichet.knowledge.eval;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.TestModels;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.embed.EmbeddingCacheFile;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.search.Jurisdictions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Development tool (not a test): builds, or reuses, an index of the whole sample corpus and prints
 * the evaluation of each question set given. Arguments: index folder, then question files.
 * Corpus files come from the system property {@code corpus} (comma-separated paths), an embedding
 * cache from {@code cache}; {@code -Djurisdictions=none} turns question routing off, {@code rrf.k},
 * {@code w.lex} and {@code w.dense} set the fusion (defaults 60, 1, 2: the library's).
 */
public final class EvaluateOnCorpus {

    public static void main(String[] args) {
        Path folder = Path.of(args[0]);
        KnowledgeSettings settings = KnowledgeSettings.defaults()
                .withFusion(Integer.getInteger("rrf.k", 60), Double.parseDouble(System.getProperty("w.lex", "1")),
                        Double.parseDouble(System.getProperty("w.dense", "2")));
        settings = settings.withSpellingCorrection(!"off".equals(System.getProperty("spelling")));
        if ("none".equals(System.getProperty("jurisdictions"))) {
            settings = settings.withJurisdictions(Jurisdictions.none());
        }
        try (KnowledgeIndex index = KnowledgeIndex.open(folder, TestModels.e5(), settings)) {
            String corpus = System.getProperty("corpus", "");
            String cacheFile = System.getProperty("cache", "");
            EmbeddingCache cache = cacheFile.isBlank() ? EmbeddingCache.NONE
                    : EmbeddingCacheFile.read(Path.of(cacheFile), index.embedder());
            if (!corpus.isBlank()) {
                Readers readers = Readers.defaults();
                for (String file : corpus.split(",")) {
                    long start = System.nanoTime();
                    IngestReport report = index.ingestRead(readers.read(Path.of(file), null, collection(file)),
                            new IngestListener() {
                                @Override
                                public void progress(IngestProgress p) {
                                }

                                @Override
                                public void committed(IngestProgress p) {
                                    System.err.printf("  %s: %d documents, %d chunks, %.0f s%n", file, p.documents(),
                                            p.chunks(), p.elapsedMillis() / 1000.0);
                                }
                            }, cache);
                    System.out.printf("%s: added %d, replaced %d, unchanged %d, skipped %d, chunks %d (%d from the cache), "
                                    + "embedding %s, total %.1f s, %.0f chunks/s%n",
                            file, report.added(), report.replaced(), report.unchanged(), report.skipped().size(),
                            report.chunksWritten(), report.chunksFromCache(), report.embedding(),
                            (System.nanoTime() - start) / 1e9, report.chunksPerSecond());
                    report.skipped().forEach(s -> System.out.println("  skipped " + s));
                }
            }
            System.out.println(index.stats());
            for (int i = 1; i < args.length; i++) {
                Path questions = Path.of(args[i]);
                if (!Files.exists(questions)) {
                    continue;
                }
                EvaluationReport report = RetrievalEvaluation.evaluate(index, questions);
                System.out.println("== " + questions.getFileName() + " " + report.toJson());
                System.out.print(report.toTable());
                if (Boolean.getBoolean("misses")) {
                    report.misses().forEach(m -> System.out.println("  miss: " + m));
                }
            }
        }
        System.exit(0);
    }

    private static String collection(String file) {
        return Stream.of("govuk", "travail-emploi", "service-public").filter(file::contains).findFirst().orElse("default");
    }
}
