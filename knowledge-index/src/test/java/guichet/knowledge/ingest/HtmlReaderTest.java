package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReaderTest {

    private static final HtmlReader READER = new HtmlReader();

    private static String page(String charset) {
        return "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"" + charset + "\">"
                + "<title>The National Minimum Wage and Living Wage</title>"
                + "<link rel=\"canonical\" href=\"https://www.gov.uk/national-minimum-wage\">"
                + "<meta name=\"description\" content=\"Minimum wage rates\"></head><body>"
                + "<nav><a href=\"/\">Home</a> menu</nav><header>GOV.UK header</header><main>"
                + "<h1>The National Minimum Wage</h1>" + RealTexts.guidePartHtml("/national-minimum-wage", 0)
                + "</main><footer>© Crown copyright</footer></body></html>";
    }

    @Test
    void readsTheMainTextOfARealPageSplitOnHeadingsWithTheirIds() {
        SourceDocument document = Outcomes.documents(READER.read("pages/wage.html",
                page("utf-8").getBytes(StandardCharsets.UTF_8), "ministry")).getFirst();

        assertThat(document.title()).isEqualTo("The National Minimum Wage and Living Wage");
        assertThat(document.url()).isEqualTo("https://www.gov.uk/national-minimum-wage");
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.description()).isEqualTo("Minimum wage rates");
        Section calculate = document.sections().stream()
                .filter(s -> s.headingPath().contains("Calculate the minimum wage")).findFirst().orElseThrow();
        assertThat(calculate.anchor()).isEqualTo("calculate-the-minimum-wage");
        assertThat(Outcomes.allText(document)).contains("minimum wage a worker should get")
                .doesNotContain("GOV.UK header").doesNotContain("Crown copyright").doesNotContain("menu");
    }

    @Test
    void keepsEmptyTableCellsInTheirColumnsAndLeavesOutAColumnEmptyInEveryRow() {
        String html = "<html><body><main><h2>Rates</h2><table>"
                + "<thead><tr><th></th><th>Per week</th><th>Per month</th><th></th></tr></thead><tbody>"
                + "<tr><td>If you’re in a couple</td><td>£423.46</td><td>£1,835</td><td> </td></tr>"
                + "<tr><td>If you’re a single adult</td><td></td><td>£1,229.42</td><td></td></tr>"
                + "<tr><td></td><td>&nbsp;</td><td></td><td></td></tr>"
                + "</tbody></table></main></body></html>";

        SourceDocument document = Outcomes.documents(READER.read("cap.html", html.getBytes(StandardCharsets.UTF_8),
                "ministry")).getFirst();

        assertThat(document.sections().getFirst().text().split("\n\n")).containsExactly(
                "| Per week | Per month",
                "If you’re in a couple | £423.46 | £1,835",
                "If you’re a single adult | | £1,229.42");
    }

    @Test
    void honoursTheDeclaredCharset() {
        byte[] latin1 = page("iso-8859-1").replace("worker", "travailleur é").getBytes(StandardCharsets.ISO_8859_1);

        SourceDocument document = Outcomes.documents(READER.read("wage.html", latin1, "ministry")).getFirst();

        assertThat(Outcomes.allText(document)).contains("travailleur é");
    }

    @Test
    void skipsAPageInAnotherCharsetThanItDeclares() {
        byte[] latin1 = page("utf-8").replace("worker", "travailleur é").getBytes(StandardCharsets.ISO_8859_1);

        List<ReadOutcome> outcomes = READER.read("wage.html", latin1, "ministry").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.reason()).contains("not in the charset it declares"));
    }
}
