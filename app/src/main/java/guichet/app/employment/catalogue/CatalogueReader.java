package guichet.app.employment.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a catalogue an operator imports: CSV with a header line, or a JSON array of objects, with
 * the columns id, title, organisation, country, region, hoursPerWeek, skills (";" between them in
 * CSV, an array in JSON), apprenticeship, cpf, url, description, sample. CSV fields may be quoted.
 */
public final class CatalogueReader {

    private CatalogueReader() {
    }

    /** A catalogue file that cannot be read, with the line or record named. */
    public static final class InvalidCatalogueException extends IllegalArgumentException {
        InvalidCatalogueException(String message) {
            super(message);
        }
    }

    public static List<Offer> read(String name, String text, Offer.Kind kind) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json") ? json(name, text, kind) : csv(name, text, kind);
    }

    static List<Offer> csv(String name, String text, Offer.Kind kind) {
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        if (lines.isEmpty()) {
            return List.of();
        }
        List<String> header = fields(lines.getFirst());
        List<Offer> offers = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            List<String> values = fields(lines.get(i));
            if (values.size() != header.size()) {
                throw new InvalidCatalogueException(name + " line " + (i + 1) + ": " + values.size() + " fields, the header has "
                        + header.size());
            }
            Map<String, String> row = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                row.put(header.get(c).strip(), values.get(c).strip());
            }
            offers.add(offer(name + " line " + (i + 1), row, Arrays.stream(row.getOrDefault("skills", "").split(";"))
                    .map(String::strip).filter(s -> !s.isEmpty()).toList(), kind));
        }
        return offers;
    }

    static List<Offer> json(String name, String text, Offer.Kind kind) {
        try {
            List<Offer> offers = new ArrayList<>();
            int index = 0;
            for (JsonNode node : new ObjectMapper().readTree(text)) {
                Map<String, String> row = new HashMap<>();
                node.properties().forEach(e -> row.put(e.getKey(), e.getValue().isValueNode() ? e.getValue().asText() : ""));
                List<String> skills = new ArrayList<>();
                node.path("skills").forEach(s -> skills.add(s.asText()));
                offers.add(offer(name + " record " + index++, row, skills, kind));
            }
            return offers;
        } catch (IOException e) {
            throw new InvalidCatalogueException(name + ": not valid JSON: " + e.getMessage());
        }
    }

    private static Offer offer(String where, Map<String, String> row, List<String> skills, Offer.Kind kind) {
        String id = row.getOrDefault("id", "");
        String title = row.getOrDefault("title", "");
        if (id.isBlank() || title.isBlank()) {
            throw new InvalidCatalogueException(where + ": id and title are required");
        }
        int hours;
        try {
            hours = Integer.parseInt(row.getOrDefault("hoursPerWeek", "0").strip());
        } catch (NumberFormatException e) {
            throw new InvalidCatalogueException(where + ": hoursPerWeek must be a whole number");
        }
        return new Offer(kind, id, title, row.getOrDefault("organisation", ""), lower(row.get("country")),
                lower(row.get("region")), hours, skills.stream().map(CatalogueReader::lower).toList(),
                Boolean.parseBoolean(row.get("apprenticeship")), Boolean.parseBoolean(row.get("cpf")),
                row.getOrDefault("url", ""), row.getOrDefault("description", ""), Boolean.parseBoolean(row.get("sample")));
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }

    /** The fields of one CSV line: commas separate, double quotes protect, "" is a quote. */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
