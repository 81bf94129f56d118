package guichet.app.knowledge;

import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.embed.EmbeddingCache;
import guichet.knowledge.embed.EmbeddingCacheFile;
import guichet.knowledge.ingest.ReadOutcome;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.ingest.SourceFile;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The official guidance shipped with Guichet (see sample-knowledge/README.md for sources and
 * licences): GOV.UK pages, travail-emploi.gouv.fr fiches and service-public.fr employment fiches.
 */
public final class SampleKnowledge {

    /** One shipped corpus: its resource, reader format and collection. */
    record Corpus(String resource, String format, String collection) {
    }

    static final List<Corpus> CORPORA = List.of(
            new Corpus("sample-knowledge/govuk-pages.json.gz", "govuk-json", "govuk"),
            new Corpus("sample-knowledge/travail-emploi-fiches.json.gz", "travail-emploi-json", "travail-emploi"),
            new Corpus("sample-knowledge/service-public-emploi.json.gz", "service-public-json", "service-public"));

    /** Vectors of every shipped chunk, computed once by the default embedder (ADR 0011). */
    static final String EMBEDDING_CACHE = "sample-knowledge/embeddings-multilingual-e5-small-q4.bin.gz";

    /** Under the home: the corpora unpacked from the jar, and the mark of a finished sample ingest. */
    private static final String WORK_DIR = "sample-knowledge";

    private SampleKnowledge() {
    }

    /**
     * The shipped vectors usable with {@code embedder}: the sample ingests in seconds with the default
     * embedder; another embedder finds nothing in it and embeds every chunk itself.
     */
    public static EmbeddingCache embeddingCache(EmbeddingModelInfo embedder) {
        try (InputStream in = SampleKnowledge.class.getClassLoader().getResourceAsStream(EMBEDDING_CACHE)) {
            if (in == null) {
                return EmbeddingCache.NONE;
            }
            return EmbeddingCacheFile.read(in, embedder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + EMBEDDING_CACHE, e);
        }
    }

    /**
     * Whether the sample must be ingested into this index: it is empty, or no mark says that the last
     * sample ingest under this home finished (one cut short by a crash or a kill is taken up again;
     * its unchanged documents cost a hash lookup each).
     */
    public static boolean pending(KnowledgeIndex index, Path home) {
        return index.stats().documents() == 0 || !Files.exists(doneMark(home));
    }

    /**
     * Ingests the shipped corpora with the shipped vectors, then leaves the mark that {@link #pending}
     * looks for.
     */
    public static IngestReport ingestInto(KnowledgeIndex index, Path home, IngestListener listener) {
        return ingestInto(index, home, listener, Set.of());
    }

    /**
     * Ingests the shipped corpora as {@link #ingestInto(KnowledgeIndex, Path, IngestListener)} does, but for those
     * of the collections in {@code leftOut}: a corpus pack installed there holds the whole set, newer perhaps, which
     * the sample's older subset must not overwrite.
     */
    public static IngestReport ingestInto(KnowledgeIndex index, Path home, IngestListener listener,
                                          Set<String> leftOut) {
        Readers readers = Readers.defaults();
        Path workDir = home.resolve(WORK_DIR);
        IngestReport report = index.ingestFiles(CORPORA.stream().filter(c -> !leftOut.contains(c.collection()))
                        .flatMap(corpus -> readers.files(extract(corpus, workDir), corpus.format(), corpus.collection())),
                listener, embeddingCache(index.embedder()));
        try {
            Files.writeString(doneMark(home), Instant.now() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + doneMark(home), e);
        }
        return report;
    }

    private static Path doneMark(Path home) {
        return home.resolve(WORK_DIR).resolve("ingested");
    }

    /** Every shipped document, read through the same readers an operator's ingest uses. */
    public static Stream<ReadOutcome> read(Readers readers, Path workDir) {
        return files(readers, workDir).flatMap(file -> file.outcomes().get());
    }

    /** The shipped corpus files, each with its fingerprint, unparsed (see {@link Readers#files}). */
    public static Stream<SourceFile> files(Readers readers, Path workDir) {
        return CORPORA.stream().flatMap(corpus -> readers.files(extract(corpus, workDir), corpus.format(),
                corpus.collection()));
    }

    /** Copies a shipped corpus out of the jar once, so the file readers can read it. */
    private static Path extract(Corpus corpus, Path workDir) {
        Path target = workDir.resolve(Path.of(corpus.resource()).getFileName());
        try (InputStream in = SampleKnowledge.class.getClassLoader().getResourceAsStream(corpus.resource())) {
            if (in == null) {
                throw new IllegalStateException("the sample corpus " + corpus.resource() + " is missing from the application");
            }
            Files.createDirectories(workDir);
            Path temp = Files.createTempFile(workDir, "sample", ".part");
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack " + corpus.resource(), e);
        }
    }
}
