package guichet.knowledge.ingest;

import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import guichet.knowledge.UnknownFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadersTest {

    private final Readers readers = Readers.defaults();

    @Test
    void readsAFolderOfMixedFormatsBySniffingAndSkipsOnlyTheBadFiles(@TempDir Path folder) throws IOException {
        Files.createDirectories(folder.resolve("sp"));
        Files.copy(TestModels.resource("corpus/service-public/F87.json"), folder.resolve("sp/F87.json"));
        Files.writeString(folder.resolve("guide.md"), "# Guide\n\n" + RealTexts.markdown("/career-skills-and-training"));
        Files.writeString(folder.resolve("notes.txt"), "Notes\n\nThe Skills Toolkit has free courses for work.");
        Files.writeString(folder.resolve("broken.json"), "[{\"base_path\": \"/x\", \"details\": {");
        Files.write(folder.resolve("latin1.txt"), "Congés payés".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(folder.resolve("data.csv"), "a,b\n1,2\n");
        Files.writeString(folder.resolve(".hidden.md"), "# hidden");

        List<ReadOutcome> outcomes = readers.read(folder, null, "mixed").toList();

        assertThat(Outcomes.documents(outcomes)).extracting(SourceDocument::documentId)
                .containsExactlyInAnyOrder("guide.md", "notes.txt", "F87");
        assertThat(Outcomes.skips(outcomes)).extracting(s -> s.source())
                .containsExactlyInAnyOrder("broken.json", "latin1.txt", "data.csv");
        assertThat(Outcomes.skips(outcomes)).filteredOn(s -> s.source().equals("data.csv")).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("--format"));
    }

    @Test
    void sniffsEachPublisherFormatFromRealFiles() throws IOException {
        assertThat(sniff(TestModels.govukPages())).isEqualTo("govuk-json");
        assertThat(sniff(TestModels.travailEmploiFiches())).isEqualTo("travail-emploi-json");
        assertThat(sniff(TestModels.resource("corpus/service-public/F2262.json"))).isEqualTo("service-public-json");
        assertThat(readers.sniff("F1.xml", "<?xml version=\"1.0\"?><Publication ID=\"F1\">".getBytes()))
                .map(DocumentReader::format).contains("service-public-xml");
        assertThat(readers.sniff("scan", "%PDF-1.7".getBytes())).map(DocumentReader::format).contains("pdf");
    }

    @Test
    void readsGzipCompressedFilesThrough(@TempDir Path folder) throws IOException {
        Path gz = folder.resolve("F1054.json.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            Files.copy(TestModels.resource("corpus/service-public/F1054.json"), out);
        }

        List<SourceDocument> documents = Outcomes.documents(readers.read(gz, null, "sp"));

        assertThat(documents).extracting(SourceDocument::documentId).containsExactly("F1054");
    }

    @Test
    void usesTheNamedFormatAndRefusesAnUnknownOne(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("page.data");
        Files.writeString(file, "Plain words about holiday entitlement for workers in the United Kingdom.");

        assertThat(Outcomes.documents(readers.read(file, "text", "c"))).hasSize(1);
        assertThatThrownBy(() -> readers.read(file, "docx", "c")).isInstanceOf(UnknownFormatException.class)
                .hasMessageContaining("govuk-json");
    }

    @Test
    void reportsAMissingPath(@TempDir Path folder) {
        List<ReadOutcome> outcomes = readers.read(folder.resolve("nothing"), null, "c").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement().satisfies(s -> assertThat(s.reason()).contains("no such"));
    }

    private String sniff(Path file) throws IOException {
        return readers.sniff(file.getFileName().toString(), Files.readAllBytes(file)).orElseThrow().format();
    }

    @Test
    void aFileHeldInMemoryIsTheSameFileToAnIngestAsItsCopyOnDisk(@TempDir Path folder) throws IOException {
        Path onDisk = Files.copy(TestModels.resource("corpus/service-public/F2262.json"), folder.resolve("F2262.json"));
        byte[] bytes = Files.readAllBytes(onDisk);

        SourceFile fromDisk = readers.files(onDisk, "service-public-json", "service-public").findFirst().orElseThrow();
        SourceFile inMemory = readers.file("F2262.json", bytes, "service-public-json", "service-public");
        SourceFile sniffed = readers.file("F2262.json", bytes, null, "service-public");

        assertThat(inMemory.source()).isEqualTo(fromDisk.source());
        assertThat(inMemory.fingerprint()).isEqualTo(fromDisk.fingerprint());
        assertThat(Outcomes.documents(inMemory.outcomes().get().toList()))
                .isEqualTo(Outcomes.documents(fromDisk.outcomes().get().toList()));
        assertThat(sniffed.fingerprint()).isNotEqualTo(inMemory.fingerprint());
        assertThat(Outcomes.documents(sniffed.outcomes().get().toList())).extracting(SourceDocument::documentId)
                .containsExactly("F2262");
    }
}
