package guichet.app.desk.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.desk.store.CorrectedCase;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A message whose labels a person set, to check a classifier on: an officer's corrected case, or a line
 * of a labelled set (the format of {@code eval triage}: subject, body, urgency, category, received).
 *
 * @param text subject and body, as the classifier reads them
 * @param received when it came in; null: read against today
 */
public record LabelledMessage(String id, String text, String language, String urgency, String category,
                              Instant received) {

    public static LabelledMessage of(CorrectedCase corrected) {
        return new LabelledMessage(corrected.caseId(), corrected.text(), corrected.language() == null ? "en"
                : corrected.language(), corrected.urgency(), corrected.category(), corrected.receivedAt());
    }

    /** The lines of a labelled JSONL set, those of one split only when {@code split} is not null. */
    public static List<LabelledMessage> read(Path file, String split) {
        ObjectMapper json = new ObjectMapper();
        List<LabelledMessage> messages = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            JsonNode node;
            try {
                node = json.readTree(line);
            } catch (IOException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + number + ": not a JSON object", e);
            }
            if (split != null && !split.equals(node.path("split").asText(""))) {
                continue;
            }
            String subject = node.path("subject").asText("");
            String body = node.path("body").asText("");
            messages.add(new LabelledMessage(node.path("id").asText("line-" + number),
                    subject.isBlank() ? body : subject + "\n\n" + body, node.path("language").asText("en"),
                    node.path("urgency").asText(""), node.path("category").asText(""),
                    node.hasNonNull("received") ? Instant.parse(node.path("received").asText()) : null));
        }
        return messages;
    }
}
