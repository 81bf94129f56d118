package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import guichet.knowledge.TestModels;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;

import static guichet.knowledge.ingest.Outcomes.allText;
import static guichet.knowledge.ingest.Outcomes.byId;
import static org.assertj.core.api.Assertions.assertThat;

class TravailEmploiJsonReaderTest {

    private static List<ReadOutcome> outcomes;

    @BeforeAll
    static void read() throws IOException {
        outcomes = new TravailEmploiJsonReader().read("fiches-travail.json",
                Files.readAllBytes(TestModels.travailEmploiFiches()), "travail-emploi").toList();
    }

    @Test
    void readsEveryFicheOfTheRealFile() {
        assertThat(Outcomes.skips(outcomes)).isEmpty();
        assertThat(Outcomes.documents(outcomes)).hasSize(269);
    }

    @Test
    void keepsUrlDateLanguageAndSectionAnchors() {
        SourceDocument are = byId(Outcomes.documents(outcomes),
                "https://travail-emploi.gouv.fr/lallocation-daide-au-retour-lemploi-are");

        assertThat(are.url()).isEqualTo(are.documentId());
        assertThat(are.language()).isEqualTo("fr");
        assertThat(are.updated()).isAfter(Instant.parse("2020-01-01T00:00:00Z"));
        Section amount = are.sections().stream()
                .filter(s -> s.headingPath().equals(List.of("Quel est le montant de l’ARE ?"))).findFirst()
                .orElseThrow();
        assertThat(amount.anchor()).isEqualTo("quel-est-le-montant-de-lare");
        assertThat(amount.text()).contains("57 % du SJR");
    }

    @Test
    void leavesOutLinkListSections() {
        SourceDocument are = byId(Outcomes.documents(outcomes),
                "https://travail-emploi.gouv.fr/lallocation-daide-au-retour-lemploi-are");

        assertThat(are.sections()).noneMatch(s -> s.headingPath().contains("Textes de référence"));
    }

    @Test
    void keepsTableCellsApart() {
        boolean anyTable = Outcomes.documents(outcomes).stream().anyMatch(d -> allText(d).contains(" | "));

        assertThat(anyTable).isTrue();
        assertThat(Outcomes.documents(outcomes)).allSatisfy(d -> assertThat(allText(d)).doesNotContain("1re ou 2e naissance3e"));
    }
}
