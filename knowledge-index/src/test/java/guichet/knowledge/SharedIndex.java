package guichet.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One index of {@link SampleCorpus#mixed()} per test JVM, built on first use (embedding is the
 * slow part) and shared by the test classes that only read it.
 */
public final class SharedIndex {

    private static KnowledgeIndex index;
    private static IngestReport firstIngest;
    private static List<SourceDocument> corpus;
    private static Path folder;

    private SharedIndex() {
    }

    public static synchronized KnowledgeIndex get() {
        if (index == null) {
            try {
                folder = Files.createTempDirectory("guichet-shared-index");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            corpus = SampleCorpus.mixed();
            index = KnowledgeIndex.open(folder, TestModels.e5(), KnowledgeSettings.defaults());
            firstIngest = index.ingest(corpus, IngestListener.NONE);
        }
        return index;
    }

    public static synchronized IngestReport firstIngest() {
        get();
        return firstIngest;
    }

    public static synchronized List<SourceDocument> corpus() {
        get();
        return corpus;
    }

    public static synchronized Path folder() {
        get();
        return folder;
    }
}
