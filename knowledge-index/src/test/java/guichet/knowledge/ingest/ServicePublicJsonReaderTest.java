package guichet.knowledge.ingest;

import guichet.knowledge.Classification;
import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import static guichet.knowledge.ingest.Outcomes.allText;
import static org.assertj.core.api.Assertions.assertThat;

class ServicePublicJsonReaderTest {

    static SourceDocument read(String id) throws IOException {
        byte[] content = Files.readAllBytes(TestModels.resource("corpus/service-public/" + id + ".json"));
        return Outcomes.documents(new ServicePublicJsonReader().read(id + ".json", content, "service-public"))
                .getFirst();
    }

    @Test
    void readsAFicheWithChaptersAndCasesAsHeadedSections() throws IOException {
        SourceDocument certificat = read("F87");

        assertThat(certificat.documentId()).isEqualTo("F87");
        assertThat(certificat.title()).isEqualTo("Certificat de travail");
        assertThat(certificat.url()).isEqualTo("https://www.service-public.fr/particuliers/vosdroits/F87");
        assertThat(certificat.language()).isEqualTo("fr");
        assertThat(certificat.documentType()).isEqualTo("Fiche d'information");
        assertThat(certificat.updated()).isEqualTo(Instant.parse("2020-03-29T22:00:00Z"));
        assertThat(certificat.licence()).contains("Licence Ouverte");
        assertThat(certificat.sections()).extracting(Section::headingPath).contains(List.of("Mentions"),
                List.of("Date de remise", "Si le salarié effectue son préavis"), List.of("Sanction"));
        assertThat(certificat.sections().getFirst().text()).startsWith(certificat.description());
    }

    @Test
    void keepsTheFichesAudienceThemePathAndSeeAlsoLinks() throws IOException {
        SourceDocument preavis = read("F1054");

        assertThat(preavis.updated()).isEqualTo(Instant.parse("2020-10-18T22:00:00Z"));
        assertThat(preavis.classification().audiences()).containsExactly("Particuliers");
        assertThat(preavis.classification().themePath())
                .containsExactly("Travail", "Licenciement pour motif personnel (secteur privé)");
        assertThat(preavis.classification().seeAlso()).containsExactly(new Classification.Link(
                "Bénéficie-t-on d'heures de recherche d'emploi pendant le préavis de démission ?",
                "https://www.service-public.fr/particuliers/vosdroits/F35123"));
    }

    @Test
    void filesAFicheUnderTheSitesThemePath() throws IOException {
        SourceDocument certificat = read("F87");
        SourceDocument conges = read("F2262");

        assertThat(certificat.topics()).containsExactly("Travail", "Rupture du contrat de travail dans le secteur privé");
        assertThat(certificat.subject())
                .isEqualTo("Travail › Rupture du contrat de travail dans le secteur privé › Certificat de travail");
        assertThat(conges.topics()).containsExactly("Travail", "Congés dans le secteur privé");
        assertThat(new SourceDocument("F87", "service-public", "Certificat de travail", certificat.url(), "fr",
                certificat.documentType(), certificat.updated(), certificat.licence(), certificat.description(),
                certificat.sections()).contentHash())
                .as("the theme path is part of what is indexed").isNotEqualTo(certificat.contentHash());
    }

    @Test
    void readsEachSituationTabUnderItsOwnHeading() throws IOException {
        SourceDocument conges = read("F2262");

        assertThat(conges.documentType()).isEqualTo("Fiche d'information conditionnée");
        assertThat(conges.sections()).extracting(s -> s.headingPath().isEmpty() ? "" : s.headingPath().getFirst())
                .contains("Maladie ordinaire", "Maladie professionnelle", "Accident du travail");
        assertThat(conges.sections()).anyMatch(s -> s.headingPath().equals(
                List.of("Maladie ordinaire", "Arrêt établi pendant les congés")));
    }

    @Test
    void joinsInlineElementsWithoutSpacesAndLeavesNoXmlNoise() throws IOException {
        for (String id : List.of("F87", "F2262", "F1054")) {
            String text = allText(read(id));

            assertThat(text).as(id).doesNotContain("\t").doesNotContain("  ").doesNotContain("\u00A0")
                    .doesNotContain("pole_emploi").doesNotContain("direccte_ud");
        }
        assertThat(read("F1054").documentType()).isEqualTo("Fiche Question-réponse");
    }

    @Test
    void readsAnArrayOfFichesAndSkipsWhatIsNotAFiche() throws IOException {
        String f87 = Files.readString(TestModels.resource("corpus/service-public/F87.json"));
        String json = "[" + f87 + ", {\"id\": \"X1\", \"children\": []}, " + f87.replace("\"F87\"", "\"F87b\"") + "]";

        List<ReadOutcome> outcomes = new ServicePublicJsonReader().read("fiches.json",
                json.getBytes(StandardCharsets.UTF_8), "sp").toList();

        assertThat(Outcomes.documents(outcomes)).hasSize(2);
        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("no Publication element"));
    }
}
