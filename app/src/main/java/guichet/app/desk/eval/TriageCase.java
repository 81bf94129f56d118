package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled message of an evaluation set: one JSON object a line with {@code subject}, {@code body},
 * {@code urgency} ({@code urgent} or {@code general}) and {@code category}; {@code id} is optional
 * and other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageCase(String id, String subject, String body, String urgency, String category) {

    public TriageCase {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
    }

    /** Reads a JSONL set; a malformed line is an error naming it. */
    public static List<TriageCase> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<TriageCase> cases = new ArrayList<>();
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
            try {
                TriageCase read = json.readValue(line, TriageCase.class);
                if (read.urgency() == null || read.category() == null) {
                    throw new IllegalArgumentException(file.getFileName() + ":" + number + ": needs urgency and category");
                }
                cases.add(read.id() == null ? new TriageCase("line-" + number, read.subject(), read.body(), read.urgency(),
                        read.category()) : read);
            } catch (IOException e) {
                throw new IllegalArgumentException(file.getFileName() + ":" + number + ": not a JSON object", e);
            }
        }
        return cases;
    }
}
