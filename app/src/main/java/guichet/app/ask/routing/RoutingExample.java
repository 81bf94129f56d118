package guichet.app.ask.routing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled utterance of {@code routing/examples.jsonl}: one {@code {"label", "language", "text"}}
 * object a line.
 */
public record RoutingExample(String label, String language, String text) {

    /** Parses an examples file; every label must be one of {@code labels}. */
    public static List<RoutingExample> read(String jsonl, RouteLabels labels) {
        ObjectMapper json = new ObjectMapper();
        List<RoutingExample> read = new ArrayList<>();
        String[] lines = jsonl.split("\\R");
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new UncheckedIOException(PrototypeClassifier.FILE + ":" + number + ": not JSON", e);
            }
            RoutingExample example = new RoutingExample(node.path("label").asText(""), node.path("language").asText(""),
                    node.path("text").asText(""));
            if (!labels.contains(example.label()) || example.text().isBlank()) {
                throw new IllegalStateException(PrototypeClassifier.FILE + ":" + number + ": unknown label '"
                        + example.label() + "' or empty text");
            }
            read.add(example);
        }
        return read;
    }
}
