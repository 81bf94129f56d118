package guichet.app.bench;

import guichet.app.knowledge.SampleKnowledge;
import guichet.inference.EmbeddingModel;
import guichet.inference.InvalidSettingsException;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.bench.BenchmarkReport;
import guichet.knowledge.bench.IndexBenchmark;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code guichet bench index}: the knowledge-index benchmark ({@link IndexBenchmark}, method in ADR 11)
 * on the shipped sample guidance, its vectors from the shipped embedding cache, timed with the shipped
 * benchmark questions.
 */
public final class IndexBench {

    /** The first 40 questions of each retrieval development set (English, French, cross-language). */
    static final String QUESTIONS = "bench/index-questions.txt";

    /**
     * What to measure.
     *
     * @param sizes index sizes in chunks
     * @param realChunks how many real chunks of the sample guidance replicas are made from
     * @param repetitions times each question is run per mode
     * @param questions how many of the shipped questions to time (taken evenly across the three sets)
     * @param quantizedVectors int8 HNSW vectors instead of float
     * @param correctSpelling check questions' spelling, as searches do by default (ADR 26)
     * @param workDir where the indexes are built (each deleted once measured)
     */
    public record Options(List<Integer> sizes, int realChunks, int repetitions, int questions,
                          boolean quantizedVectors, boolean correctSpelling, Path workDir) {

        public Options {
            if (sizes.isEmpty()) {
                throw new InvalidSettingsException("sizes: give at least one index size, e.g. --sizes 10000,100000");
            }
            for (int size : sizes) {
                InvalidSettingsException.requireAtLeast("sizes", size, 1);
            }
            sizes = List.copyOf(sizes);
            InvalidSettingsException.requireAtLeast("real-chunks", realChunks, 1);
            InvalidSettingsException.requireAtLeast("repetitions", repetitions, 1);
            InvalidSettingsException.requireAtLeast("questions", questions, 1);
        }
    }

    private IndexBench() {
    }

    /**
     * Runs the benchmark.
     *
     * @param progress a line for each step
     * @param eachSize each size's figures as soon as they are measured
     */
    public static BenchmarkReport run(EmbeddingModel embedder, Options options, Path sampleWorkDir,
                                      Consumer<String> progress, Consumer<BenchmarkReport.SizeResult> eachSize) {
        progress.accept("reading the sample guidance");
        List<SourceDocument> documents = new ArrayList<>();
        SampleKnowledge.read(Readers.defaults(), sampleWorkDir)
                .filter(outcome -> outcome instanceof ReadOutcome.Read)
                .forEach(outcome -> documents.add(((ReadOutcome.Read) outcome).document()));
        List<String> questions = spread(questions(), options.questions());
        progress.accept(documents.size() + " documents, " + questions.size() + " questions; sizes " + options.sizes()
                + " (embedding 200 chunks to time the model, the rest from the shipped vectors)");
        KnowledgeSettings settings = KnowledgeSettings.defaults().withQuantizedVectors(options.quantizedVectors())
                .withSpellingCorrection(options.correctSpelling());
        IndexBenchmark.Plan plan = new IndexBenchmark.Plan(options.sizes(), options.realChunks(), options.repetitions(),
                settings, options.workDir());
        return IndexBenchmark.run(embedder, SampleKnowledge.embeddingCache(embedder.info()), documents, questions, plan,
                size -> {
                    progress.accept(String.format("%,d chunks measured", size.chunks()));
                    eachSize.accept(size);
                });
    }

    /** The shipped benchmark questions, in file order (English, French, cross-language). */
    static List<String> questions() {
        try (InputStream in = IndexBench.class.getClassLoader().getResourceAsStream(QUESTIONS)) {
            if (in == null) {
                throw new IllegalStateException(QUESTIONS + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + QUESTIONS, e);
        }
    }

    /** {@code count} questions taken at even steps, so that a few still cover all three sets. */
    static List<String> spread(List<String> all, int count) {
        if (count >= all.size()) {
            return all;
        }
        List<String> chosen = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            chosen.add(all.get((int) ((long) i * all.size() / count)));
        }
        return chosen;
    }
}
