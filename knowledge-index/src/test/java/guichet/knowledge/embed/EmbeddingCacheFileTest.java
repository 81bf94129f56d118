package guichet.knowledge.embed;

import guichet.inference.VectorSimilarity;
import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.KnowledgeException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EmbeddingCacheFileTest {

    private static final EmbeddingModelInfo E5 = new EmbeddingModelInfo("multilingual-e5-small-q4", "4420d3", 384, 512);

    @Test
    void keysDependOnTheEmbedderItsChecksumAndTheExactText() {
        EmbeddingKey key = EmbeddingKey.of(E5, "passage text");

        assertThat(EmbeddingKey.of(E5, "passage text")).isEqualTo(key);
        assertThat(EmbeddingKey.of(E5, "passage text ")).isNotEqualTo(key);
        assertThat(EmbeddingKey.of(new EmbeddingModelInfo("bge-small-en-v1.5-q", "4420d3", 384, 512), "passage text"))
                .isNotEqualTo(key);
        assertThat(EmbeddingKey.of(new EmbeddingModelInfo("multilingual-e5-small-q4", "0f1e", 384, 512), "passage text"))
                .isNotEqualTo(key);
        assertThat(EmbeddingKey.fromBytes(key.toBytes())).isEqualTo(key);
        assertThat(key.toString()).hasSize(64);
    }

    @Test
    void readsBackEveryVectorWithinHalfAQuantizationStep(@TempDir Path folder) {
        Random random = new Random(7);
        Map<EmbeddingKey, float[]> vectors = new LinkedHashMap<>();
        for (int i = 0; i < 50; i++) {
            vectors.put(EmbeddingKey.of(E5, "text " + i), unit(random));
        }
        Path file = folder.resolve("cache.bin.gz");

        EmbeddingCacheFile.write(file, E5, vectors);
        EmbeddingCacheFile.Loaded cache = EmbeddingCacheFile.read(file, E5);

        assertThat(cache.matchesEmbedder()).isTrue();
        assertThat(cache.size()).isEqualTo(50);
        vectors.forEach((key, original) -> {
            float[] read = cache.find(key);
            float step = cache.scale(key);
            for (int i = 0; i < original.length; i++) {
                assertThat(Math.abs(read[i] - original[i])).isLessThanOrEqualTo(step / 2 + 1e-7f);
            }
            assertThat(VectorSimilarity.cosine(read, original)).isGreaterThan(0.9999);
        });
        assertThat(cache.find(EmbeddingKey.of(E5, "never recorded"))).isNull();
    }

    @Test
    void aFileForAnotherEmbedderIsReadAsAnEmptyCache(@TempDir Path folder) {
        Path file = folder.resolve("cache.bin.gz");
        EmbeddingKey key = EmbeddingKey.of(E5, "same text");
        EmbeddingCacheFile.write(file, E5, Map.of(key, unit(new Random(1))));
        EmbeddingModelInfo retrained = new EmbeddingModelInfo("multilingual-e5-small-q4", "0f1e", 384, 512);

        EmbeddingCacheFile.Loaded cache = EmbeddingCacheFile.read(file, retrained);

        assertThat(cache.matchesEmbedder()).isFalse();
        assertThat(cache.embedderSha256()).isEqualTo("4420d3");
        assertThat(cache.size()).isZero();
        assertThat(cache.find(key)).isNull();
    }

    @Test
    void refusesFilesThatAreNotCachesOrAreCutShort(@TempDir Path folder) throws IOException {
        Path notACache = folder.resolve("pages.json.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(notACache))) {
            out.write("{\"title\":\"x\"}".getBytes());
        }
        Path file = folder.resolve("cache.bin.gz");
        Map<EmbeddingKey, float[]> vectors = new LinkedHashMap<>();
        for (int i = 0; i < 20; i++) {
            vectors.put(EmbeddingKey.of(E5, "text " + i), unit(new Random(i)));
        }
        EmbeddingCacheFile.write(file, E5, vectors);
        byte[] whole = ungzip(file);
        Path truncated = folder.resolve("truncated.bin.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(truncated))) {
            out.write(Arrays.copyOf(whole, whole.length - 100));
        }

        assertThatThrownBy(() -> EmbeddingCacheFile.read(notACache, E5)).isInstanceOf(KnowledgeException.class)
                .hasMessageContaining("not a Guichet embedding cache");
        assertThatThrownBy(() -> EmbeddingCacheFile.read(truncated, E5)).hasMessageContaining("truncated");
    }

    @Test
    void aRecorderKeepsWhatItIsOfferedAndRefusesVectorsOfTheWrongSize(@TempDir Path folder) {
        EmbeddingCacheFile.Recorder recorder = EmbeddingCacheFile.recorder(E5);
        EmbeddingKey key = EmbeddingKey.of(E5, "a chunk");
        float[] vector = unit(new Random(3));
        recorder.record(key, vector);

        assertThat(recorder.find(key)).isNull();
        assertThatThrownBy(() -> recorder.record(key, new float[12])).hasMessageContaining("12 dimensions");
        recorder.write(folder.resolve("c.bin.gz"));
        assertThat(VectorSimilarity.cosine(EmbeddingCacheFile.read(folder.resolve("c.bin.gz"), E5).find(key), vector))
                .isGreaterThan(0.9999);
    }

    private static byte[] ungzip(Path file) throws IOException {
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(file))) {
            return in.readAllBytes();
        }
    }

    private static float[] unit(Random random) {
        float[] v = new float[384];
        double norm = 0;
        for (int i = 0; i < v.length; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        for (int i = 0; i < v.length; i++) {
            v[i] /= (float) Math.sqrt(norm);
        }
        return v;
    }
}
