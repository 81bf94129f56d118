package guichet.knowledge.eval;

import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.TestModels;
import guichet.knowledge.embed.EmbeddingCacheFile;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Development tool (not a test): writes the embedding cache of an existing index. Arguments: index
 * folder, cache file (e.g. app/src/main/resources/sample-knowledge/embeddings-multilingual-e5-small-q4.bin.gz).
 */
public final class ExportEmbeddingCache {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[1]);
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of(args[0]), TestModels.e5(), KnowledgeSettings.defaults())) {
            EmbeddingCacheFile.Recorder recorder = EmbeddingCacheFile.recorder(index.embedder());
            int chunks = index.exportEmbeddings(recorder);
            recorder.write(file);
            System.out.printf("%d chunks, %d distinct texts, %,d bytes in %s%n", chunks, recorder.size(),
                    Files.size(file), file);
        }
        System.exit(0);
    }
}
