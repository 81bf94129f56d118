package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownReaderTest {

    private static final MarkdownReader READER = new MarkdownReader();

    @Test
    void splitsARealPageOnItsHeadingsWithGeneratedAnchors() {
        String markdown = "# Career skills and training\n\n" + RealTexts.markdown("/career-skills-and-training");

        SourceDocument document = Outcomes.documents(READER.read("guides/career-skills.md",
                markdown.getBytes(StandardCharsets.UTF_8), "ministry")).getFirst();

        assertThat(document.documentId()).isEqualTo("guides/career-skills.md");
        assertThat(document.title()).isEqualTo("Career skills and training");
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.sections()).extracting(Section::headingPath).contains(List.of("Improve your skills"),
                List.of("Improve your skills", "If you’re a graduate"));
        assertThat(document.sections()).extracting(Section::anchor).contains("improve-your-skills",
                "if-youre-a-graduate");
        assertThat(document.sections().getFirst().text()).contains("- the National Careers Service (England)");
    }

    @Test
    void keepsEveryTableCellInItsColumnUnderAnEmptyCornerAndBeforeATrailingPipe() {
        // as on GOV.UK's /national-minimum-wage-rates: the corner is marked by the header's leading pipe
        // alone, every row ends with a pipe, and the delimiter row is wider than the header
        String markdown = "## Current rates\n\n| 21 and over | 18 to 20 | Under 18 | Apprentice |   \n"
                + "---|---|---|---|---|---  \nApril 2024 (current rate) | £11.44 | £8.60  | £6.40  | £6.40  |   \n"
                + "April 2025 | £12.21  | £10.00  |  | £7.55  |   \n  \n"
                + "| Tier | Rate | Note |\n|---|---|---|\n| A | | none |\n| B | 2% | none | extra |\n";

        SourceDocument document = Outcomes.documents(READER.read("rates.md", markdown.getBytes(StandardCharsets.UTF_8),
                "ministry")).getFirst();

        assertThat(document.sections().getFirst().text().split("\n\n")).containsExactly(
                "| 21 and over | 18 to 20 | Under 18 | Apprentice",
                "April 2024 (current rate) | £11.44 | £8.60 | £6.40 | £6.40",
                "April 2025 | £12.21 | £10.00 | | £7.55",
                "Tier | Rate | Note |",
                "A | | none |",
                "B | 2% | none | extra");
    }

    @Test
    void detectsFrenchWhenNothingDeclaresIt() {
        String markdown = "## Vos droits\n\nVous pouvez demander une aide si vous êtes inscrit comme demandeur "
                + "d'emploi et que vous avez travaillé au moins six mois dans les deux dernières années.";

        SourceDocument document = Outcomes.documents(READER.read("droits.md", markdown.getBytes(StandardCharsets.UTF_8),
                "ministry")).getFirst();

        assertThat(document.language()).isEqualTo("fr");
        assertThat(document.title()).isEqualTo("droits");
    }

    @Test
    void skipsAFileThatIsNotUtf8() {
        byte[] latin1 = "## Congés payés\n\nLes salariés ont droit à cinq semaines.".getBytes(StandardCharsets.ISO_8859_1);

        List<ReadOutcome> outcomes = READER.read("conges.md", latin1, "ministry").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("not UTF-8").contains("convert it"));
    }
}
