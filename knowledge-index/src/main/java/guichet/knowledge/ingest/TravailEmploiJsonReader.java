package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.jsoup.Jsoup;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * travail-emploi.gouv.fr fiches as published in {@code @socialgouv/fiches-travail-data}: an intro and
 * sections with their anchor. Sections are read from their HTML (the {@code text} field runs table
 * cells together); link-list sections ("Services en ligne", "Textes de référence"...) are left out.
 */
public final class TravailEmploiJsonReader implements DocumentReader {

    public static final String FORMAT = "travail-emploi-json";
    static final String LICENCE = "travail-emploi.gouv.fr (French Ministry of Labour), via the npm package "
            + "@socialgouv/fiches-travail-data (Apache-2.0).";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Set<String> LINK_LISTS = Set.of("services en ligne", "textes de reference",
            "a lire sur ce site", "a lire sur service-public. gouv. fr", "a lire sur service-public.gouv.fr",
            "articles associes", "dernieres actualites", "documents a telecharger", "sources reglementaires",
            "lire en complement", "a lire en complement", "pour aller plus loin", "documents");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".json") && head.contains("\"intro\"")
                && (head.contains("\"pubId\"") || head.contains("\"sections\""));
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        return JsonRecords.read(source, content, (name, fiche) -> document(name, fiche, collection));
    }

    private static ReadOutcome document(String name, JsonNode fiche, String collection) {
        String url = fiche.path("url").asText("").strip();
        if (url.isEmpty() || !fiche.path("sections").isArray()) {
            return ReadOutcome.skipped(name, "not a travail-emploi fiche: it needs a url and sections");
        }
        List<Section> sections = new ArrayList<>();
        String intro = fiche.path("intro").asText("");
        if (!intro.isBlank()) {
            sections.addAll(HtmlSections.split(Jsoup.parseBodyFragment(intro).body(), List.of(), "", "",
                    HtmlSections.Anchors.INHERIT));
        }
        for (JsonNode section : fiche.path("sections")) {
            String title = Texts.normalise(section.path("title").asText(""));
            if (LINK_LISTS.contains(Texts.slug(title).replace('-', ' ').strip())
                    || LINK_LISTS.contains(plain(title))) {
                continue;
            }
            String anchor = section.path("anchor").asText("");
            List<String> path = title.isEmpty() || title.equals(Texts.normalise(fiche.path("title").asText("")))
                    ? List.of() : List.of(title);
            String html = section.path("html").asText("");
            if (!html.isBlank()) {
                sections.addAll(HtmlSections.split(Jsoup.parseBodyFragment(html).body(), path, anchor, "",
                        HtmlSections.Anchors.INHERIT));
            } else if (!section.path("text").asText("").isBlank()) {
                sections.add(new Section(path, anchor, Texts.normalise(section.path("text").asText(""))));
            }
        }
        String description = fiche.path("description").asText("");
        return ReadOutcome.read(new SourceDocument(url, collection, fiche.path("title").asText(""), url, "fr",
                "fiche", date(fiche.path("date").asText("")), LICENCE, description,
                Sections.withLead(description, sections)));
    }

    private static String plain(String title) {
        return java.text.Normalizer.normalize(title.toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replaceAll("[^a-z. -]", "").strip();
    }

    private static Instant date(String value) {
        try {
            return LocalDate.parse(value.strip(), DATE).atStartOfDay(PARIS).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
