package guichet.knowledge.ingest;

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
import static guichet.knowledge.ingest.Outcomes.byId;
import static org.assertj.core.api.Assertions.assertThat;

class GovukJsonReaderTest {

    private static final GovukJsonReader READER = new GovukJsonReader();

    private static List<ReadOutcome> readAll() throws IOException {
        return READER.read("pages.json", Files.readAllBytes(TestModels.govukPages()), "govuk").toList();
    }

    @Test
    void readsEveryPageOfTheRealDumpWithItsMetadata() throws IOException {
        List<SourceDocument> documents = Outcomes.documents(readAll());

        assertThat(documents).hasSize(157);
        SourceDocument jsa = byId(documents, "/jobseekers-allowance");
        assertThat(jsa.url()).isEqualTo("https://www.gov.uk/jobseekers-allowance");
        assertThat(jsa.title()).isEqualTo("Jobseeker's Allowance (JSA)");
        assertThat(jsa.language()).isEqualTo("en");
        assertThat(jsa.documentType()).isEqualTo("guide");
        assertThat(jsa.updated()).isAfter(Instant.parse("2015-01-01T00:00:00Z"));
        assertThat(jsa.licence()).contains("Open Government Licence v3.0");
        assertThat(byId(documents, "/guidance/universal-credit-advances.cy").language()).isEqualTo("cy");
    }

    @Test
    void readsGuidesPartByPartWithEachPartsOwnUrl() throws IOException {
        SourceDocument wage = byId(Outcomes.documents(readAll()), "/national-minimum-wage");

        assertThat(wage.sections().getFirst().headingPath()).isEmpty();
        assertThat(wage.sections().getFirst().text()).isEqualTo(wage.description());
        assertThat(wage.sections().get(1).headingPath()).containsExactly("Overview");
        assertThat(wage.sections()).extracting(Section::url)
                .contains("https://www.gov.uk/national-minimum-wage",
                        "https://www.gov.uk/national-minimum-wage/who-gets-the-minimum-wage");
        Section calculate = wage.sections().stream()
                .filter(s -> s.headingPath().equals(List.of("Overview", "Calculate the minimum wage"))).findFirst()
                .orElseThrow();
        assertThat(calculate.anchor()).isEqualTo("calculate-the-minimum-wage");
    }

    @Test
    void readsMarkdownBodiesWithHeadingAnchorsAndWithoutAbbreviationDefinitions() throws IOException {
        List<SourceDocument> documents = Outcomes.documents(readAll());
        SourceDocument careers = byId(documents, "/career-skills-and-training");

        Section improve = careers.sections().stream().filter(s -> s.headingPath().equals(List.of("Improve your skills")))
                .findFirst().orElseThrow();
        assertThat(improve.anchor()).isEqualTo("improve-your-skills");
        assertThat(improve.text()).contains("The Skills Toolkit");
        assertThat(documents).allSatisfy(d -> assertThat(allText(d)).doesNotContain("*[").doesNotContain("\\-"));
    }

    @Test
    void keepsTableCellsApartRowByRow() throws IOException {
        SourceDocument rates = byId(Outcomes.documents(readAll()), "/national-minimum-wage-rates");

        assertThat(allText(rates)).containsPattern("\\d{4} \\| £\\d+\\.\\d\\d \\| £\\d+\\.\\d\\d");
        // the header's empty corner keeps its place, and no row loses its last value
        assertThat(allText(rates)).contains("| 21 and over | 18 to 20 | Under 18 | Apprentice\n")
                .contains("\nApril 2024 (current rate) | £11.44 | £8.60 | £6.40 | £6.40\n");
    }

    @Test
    void keepsTheGoodRecordsOfAListWithABadOne() {
        String json = "[{\"base_path\":\"/a\",\"title\":\"A\",\"details\":{\"body\":\"Some text.\"}},"
                + "{\"title\":\"no base path\"},"
                + "{\"base_path\":\"/c\",\"title\":\"C\",\"details\":{\"body\":\"More text.\"}}]";

        List<ReadOutcome> outcomes = READER.read("list.json", json.getBytes(StandardCharsets.UTF_8), "govuk").toList();

        assertThat(Outcomes.documents(outcomes)).extracting(SourceDocument::documentId).containsExactly("/a", "/c");
        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.source()).isEqualTo("list.json[1]"))
                .satisfies(s -> assertThat(s.reason()).contains("no base_path"));
    }

    @Test
    void keepsTheRecordsBeforeABreakInTruncatedJson() throws IOException {
        byte[] all = Files.readAllBytes(TestModels.govukPages());
        byte[] truncated = java.util.Arrays.copyOf(all, all.length / 2);

        List<ReadOutcome> outcomes = READER.read("pages.json", truncated, "govuk").toList();

        assertThat(Outcomes.documents(outcomes)).hasSizeGreaterThan(40);
        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("broken JSON at line"));
    }

    @Test
    void readsOneItemOnItsOwn() {
        String json = "{\"base_path\":\"/one\",\"title\":\"One\",\"locale\":\"en\",\"public_updated_at\":"
                + "\"2024-10-30 10:00:00+00:00\",\"details\":{\"body\":\"## Heading\\n\\nText.\"}}";

        SourceDocument one = Outcomes.documents(READER.read("one.json", json.getBytes(StandardCharsets.UTF_8), "g"))
                .getFirst();

        assertThat(one.updated()).isEqualTo(Instant.parse("2024-10-30T10:00:00Z"));
        assertThat(one.sections()).singleElement().satisfies(s -> assertThat(s.anchor()).isEqualTo("heading"));
    }
}
