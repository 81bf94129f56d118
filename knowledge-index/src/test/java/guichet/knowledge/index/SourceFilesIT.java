package guichet.knowledge.index;

import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.SkippedDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.ingest.SourceFile;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Files an ingest already took whole are not parsed again while their bytes stay the same: real
 * service-public fiches, the real embedder, Lucene on disk.
 */
class SourceFilesIT {

    @TempDir
    Path folder;
    private Path corpus;
    private Path index;
    private final AtomicInteger parsed = new AtomicInteger();

    @BeforeEach
    void aFolderOfTwoFichesAndABrokenFile() throws IOException {
        corpus = Files.createDirectories(folder.resolve("corpus"));
        index = folder.resolve("index");
        for (String id : List.of("F87", "F1054")) {
            Files.copy(TestModels.resource("corpus/service-public/" + id + ".json"), corpus.resolve(id + ".json"));
        }
        Files.writeString(corpus.resolve("F9999.json"), "{\"id\": \"F9999\", \"title\": \"Coupé", StandardCharsets.UTF_8);
    }

    @Test
    void anUnchangedFolderIsNotParsedAgainAndItsSkipsAreReportedAgain() throws IOException {
        try (KnowledgeIndex own = open(KnowledgeSettings.defaults())) {
            IngestReport first = own.ingestFiles(counted(Readers.defaults().files(corpus, null, "sp")), IngestListener.NONE);
            assertThat(parsed).hasValue(3);
            assertThat(first.added()).isEqualTo(2);
            assertThat(first.skipped()).singleElement().satisfies(s -> assertThat(s.source()).contains("F9999"));
            long chunks = own.stats().chunks();
            long generation = generation();

            parsed.set(0);
            IngestReport again = own.ingestFiles(counted(Readers.defaults().files(corpus, null, "sp")), IngestListener.NONE);

            // the broken file too: it would give the same skip, which its record gives back
            assertThat(parsed).hasValue(0);
            assertThat(again.unchanged()).isEqualTo(2);
            assertThat(again.added() + again.replaced() + again.chunksWritten()).isZero();
            assertThat(again.skipped()).map(SkippedDocument::reason).isEqualTo(first.skipped().stream()
                    .map(SkippedDocument::reason).toList());
            assertThat(own.stats().chunks()).as("file records are not chunks").isEqualTo(chunks);
            assertThat(own.stats().documents()).isEqualTo(2);
            assertThat(generation()).as("nothing committed").isEqualTo(generation);
        }
    }

    @Test
    void aChangedFileIsParsedAgainAndItsDocumentReplaced() throws IOException {
        try (KnowledgeIndex own = open(KnowledgeSettings.defaults())) {
            own.ingestFiles(Readers.defaults().files(corpus, null, "sp"), IngestListener.NONE);
            Path f87 = corpus.resolve("F87.json");
            String json = Files.readString(f87, StandardCharsets.UTF_8);
            Files.writeString(f87, json.replace("Le certificat de travail est un document", "Le zorglub est un document"),
                    StandardCharsets.UTF_8);

            parsed.set(0);
            IngestReport again = own.ingestFiles(counted(Readers.defaults().files(corpus, null, "sp")), IngestListener.NONE);

            assertThat(parsed).as("the changed file only").hasValue(1);
            assertThat(again.replaced()).isEqualTo(1);
            assertThat(again.unchanged()).isEqualTo(1);
            assertThat(own.search(SearchQuery.of("zorglub", 3, SearchQuery.Mode.BM25))).isNotEmpty()
                    .allSatisfy(p -> assertThat(p.documentId()).isEqualTo("F87"));
        }
    }

    @Test
    void aDocumentDeletedByHandComesBackWithTheNextIngestOfItsFile() {
        try (KnowledgeIndex own = open(KnowledgeSettings.defaults())) {
            own.ingestFiles(Readers.defaults().files(corpus, null, "sp"), IngestListener.NONE);
            assertThat(own.delete("sp", "F87")).isTrue();

            IngestReport again = own.ingestFiles(Readers.defaults().files(corpus, null, "sp"), IngestListener.NONE);

            assertThat(again.added()).isEqualTo(1);
            assertThat(own.stats().documents()).isEqualTo(2);
        }
    }

    @Test
    void otherChunkingSettingsReadTheFilesAgain() {
        try (KnowledgeIndex own = open(KnowledgeSettings.defaults())) {
            own.ingestFiles(Readers.defaults().files(corpus, null, "sp"), IngestListener.NONE);
        }
        KnowledgeSettings smaller = KnowledgeSettings.defaults().withChunking(120, 20);
        try (KnowledgeIndex own = open(smaller)) {
            parsed.set(0);
            own.ingestFiles(counted(Readers.defaults().files(corpus, null, "sp")), IngestListener.NONE);

            assertThat(parsed).hasValue(3);
        }
    }

    private KnowledgeIndex open(KnowledgeSettings settings) {
        return KnowledgeIndex.open(index, TestModels.e5(), settings);
    }

    private Stream<SourceFile> counted(Stream<SourceFile> files) {
        return files.map(file -> new SourceFile(file.source(), file.collection(), file.fingerprint(), () -> {
            parsed.incrementAndGet();
            return file.outcomes().get();
        }));
    }

    private long generation() throws IOException {
        try (FSDirectory directory = FSDirectory.open(index)) {
            return SegmentInfos.readLatestCommit(directory).getGeneration();
        }
    }
}
