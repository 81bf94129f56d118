package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.jsoup.Jsoup;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * GOV.UK Content API items (one item or a list). Guides are read from {@code details.parts} (HTML,
 * one page each, with its own URL); other pages from {@code details.body} (Markdown).
 */
public final class GovukJsonReader implements DocumentReader {

    public static final String FORMAT = "govuk-json";
    static final String SITE = "https://www.gov.uk";
    static final String LICENCE = "Contains public sector information licensed under the Open Government Licence v3.0 (GOV.UK).";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".json") && head.contains("\"base_path\"") && head.contains("\"details\"")
                || fileName.endsWith(".json") && head.contains("\"base_path\"") && head.contains("\"schema_name\"");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        return JsonRecords.read(source, content, (name, item) -> document(name, item, collection));
    }

    private static ReadOutcome document(String name, JsonNode item, String collection) {
        String basePath = item.path("base_path").asText("");
        if (basePath.isBlank()) {
            return ReadOutcome.skipped(name, "not a GOV.UK content item: it has no base_path");
        }
        if (item.path("withdrawn").asBoolean(false)) {
            return ReadOutcome.skipped(name + " " + basePath, "the page is withdrawn on GOV.UK");
        }
        String url = SITE + basePath;
        JsonNode details = item.path("details");
        List<Section> sections = new ArrayList<>();
        String description = item.path("description").asText("");
        JsonNode parts = details.path("parts");
        if (parts.isArray() && !parts.isEmpty()) {
            for (int i = 0; i < parts.size(); i++) {
                JsonNode part = parts.get(i);
                String partUrl = i == 0 ? url : url + "/" + part.path("slug").asText("");
                sections.addAll(HtmlSections.split(Jsoup.parseBodyFragment(MarkdownReader.withoutAbbreviations(part.path("body").asText(""))).body(),
                        List.of(part.path("title").asText("").strip()), "", partUrl, HtmlSections.Anchors.INHERIT));
            }
        } else {
            sections.addAll(MarkdownReader.sections(details.path("body").asText(""), List.of(), ""));
        }
        String language = item.path("locale").asText("");
        return ReadOutcome.read(new SourceDocument(basePath, collection, item.path("title").asText(""), url,
                language.isBlank() ? "en" : language, item.path("document_type").asText("page"),
                instant(item.path("public_updated_at").asText(null)), LICENCE, description,
                Sections.withLead(description, sections)));
    }

    /** GOV.UK writes "2024-10-30 10:00:00+00:00" or ISO 8601. */
    static Instant instant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value.strip().replace(' ', 'T')).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
