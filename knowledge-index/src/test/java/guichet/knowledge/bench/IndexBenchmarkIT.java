package guichet.knowledge.bench;

import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SampleCorpus;
import guichet.knowledge.TestModels;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark at a tiny size: it must build, measure and clean up (real runs: see ADR-NOTES.md). */
class IndexBenchmarkIT {

    @Test
    void buildsIndexesOfTheRequestedSizesAndMeasuresThem(@TempDir Path work) {
        BenchmarkReport report = IndexBenchmark.run(TestModels.e5(),
                SampleCorpus.read(TestModels.resource("corpus/service-public"), "sp", Set.of("F1054")),
                List.of("certificat de travail", "congés payés et maladie"),
                new IndexBenchmark.Plan(List.of(50, 200), 8, 2, KnowledgeSettings.defaults().withQuantizedVectors(true),
                        work));

        assertThat(report.embeddingChunksPerSecond()).isPositive();
        assertThat(report.sizes()).extracting(BenchmarkReport.SizeResult::chunks).containsExactly(50, 200);
        BenchmarkReport.SizeResult large = report.sizes().get(1);
        assertThat(large.writeChunksPerSecond()).isGreaterThan(large.ingestChunksPerSecondWithEmbedding());
        assertThat(large.buildChunksPerSecondWithEmbedding()).as("8 of 200 chunks embedded")
                .isGreaterThan(large.ingestChunksPerSecondWithEmbedding())
                .isLessThan(large.writeChunksPerSecond());
        assertThat(large.sizeOnDiskBytes()).isPositive();
        assertThat(large.hybrid().p99()).isGreaterThanOrEqualTo(large.hybrid().p50()).isPositive();
        assertThat(large.hybridWithEmbedding().p50()).isPositive();
        assertThat(large.spelling().p50()).isPositive();
        assertThat(large.rssBytes()).isPositive();
        assertThat(report.toText()).contains("200 chunks").contains("hybrid + query embed");
        assertThat(work.resolve("index-200")).doesNotExist();
    }
}
