package guichet.app.employment.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every guidance section a rule cites is a real page and section of the shipped guidance (the
 * GOV.UK pages and travail-emploi fiches in the shared corpus), and every threshold a rule uses
 * appears in the text it quotes.
 */
class RuleSourcesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyCitedSectionExistsInTheGuidance() throws IOException {
        Map<String, Set<String>> anchors = anchorsByUrl();
        for (BenefitRule rule : EligibilityEngineTest.RULES.all()) {
            for (GuidanceSource source : rule.sources().values()) {
                String[] parts = source.url().split("#", 2);
                assertThat(anchors).as(rule.id() + ": " + source.url()).containsKey(parts[0]);
                if (parts.length == 2) {
                    assertThat(anchors.get(parts[0])).as(rule.id() + ": " + source.url()).contains(parts[1]);
                }
            }
        }
    }

    @Test
    void everyProcedureStepCitesARealSection() throws IOException {
        Map<String, Set<String>> anchors = anchorsByUrl();
        var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
        var procedures = resolver.getResources("classpath*:employment/procedures/*.json");
        assertThat(procedures).hasSizeGreaterThanOrEqualTo(5);
        for (var resource : procedures) {
            for (JsonNode step : JSON.readTree(resource.getInputStream()).path("steps")) {
                String[] parts = step.path("source").path("url").asText().split("#", 2);
                assertThat(anchors).as(resource.getFilename() + ": " + parts[0]).containsKey(parts[0]);
                if (parts.length == 2) {
                    assertThat(anchors.get(parts[0])).as(resource.getFilename() + ": #" + parts[1]).contains(parts[1]);
                }
            }
        }
    }

    @Test
    void thresholdsAppearInTheQuotedGuidance() {
        for (BenefitRule rule : EligibilityEngineTest.RULES.all()) {
            String quotes = String.join(" ", rule.sources().values().stream().map(GuidanceSource::quote).toList());
            for (BenefitRule.Amount amount : rule.amounts()) {
                String plain = amount.value().toPlainString();
                String french = plain.replace('.', ',');
                assertThat(quotes.contains(plain) || quotes.contains(french)
                        || quotes.contains(String.format(Locale.ROOT, "%,d", amount.value().intValue()).replace(",", " ")))
                        .as(rule.id() + " amount " + amount.id() + " (" + plain + ") is in the quoted guidance").isTrue();
            }
        }
    }

    private static Map<String, Set<String>> anchorsByUrl() throws IOException {
        Path corpus = Path.of(System.getProperty("guichet.test.shared-dir"), "corpus");
        Map<String, Set<String>> anchors = new HashMap<>();
        for (JsonNode page : JSON.readTree(corpus.resolve("govuk/pages.json").toFile())) {
            String base = "https://www.gov.uk" + page.path("base_path").asText();
            JsonNode details = page.path("details");
            if (details.path("parts").isArray() && !details.path("parts").isEmpty()) {
                boolean first = true;
                for (JsonNode part : details.path("parts")) {
                    Set<String> ids = ids(part.path("body").asText());
                    anchors.computeIfAbsent(base + "/" + part.path("slug").asText(), k -> new HashSet<>()).addAll(ids);
                    if (first) {
                        anchors.computeIfAbsent(base, k -> new HashSet<>()).addAll(ids);
                        first = false;
                    }
                }
            } else {
                anchors.computeIfAbsent(base, k -> new HashSet<>()).addAll(ids(details.path("body").asText()));
            }
        }
        for (JsonNode fiche : JSON.readTree(corpus.resolve("travail-emploi/fiches-travail.json").toFile())) {
            Set<String> ids = anchors.computeIfAbsent(fiche.path("url").asText(), k -> new HashSet<>());
            fiche.path("sections").forEach(s -> ids.add(s.path("anchor").asText()));
        }
        return anchors;
    }

    /** Heading ids of an HTML body, and slugs of Markdown headings. */
    private static Set<String> ids(String body) {
        Set<String> ids = new HashSet<>();
        var html = java.util.regex.Pattern.compile("id=\"([^\"]+)\"").matcher(body);
        while (html.find()) {
            ids.add(html.group(1));
        }
        var markdown = java.util.regex.Pattern.compile("(?m)^#{2,6}\\s+(.+)$").matcher(body);
        while (markdown.find()) {
            ids.add(markdown.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "")
                    .replace(' ', '-'));
        }
        return ids;
    }
}
