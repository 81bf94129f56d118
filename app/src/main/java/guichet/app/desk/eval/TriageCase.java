package guichet.app.desk.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * A labelled message of an evaluation set: one JSON object a line with {@code subject}, {@code body},
 * {@code urgency} ({@code urgent} or {@code general}) and {@code category}. Optional: {@code id} (the
 * line number otherwise), {@code received} (an ISO instant: relative dates are read against it, as
 * the desk reads them against the day a message came in), {@code secondary_category} (mixed mail),
 * {@code language} (the detected language otherwise), {@code split} ({@code tune} or
 * {@code validate}: without one a message counts only in the figures over the whole set) and
 * {@code reason} (the labeller's note). Other fields are ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record TriageCase(@JsonProperty("id") String id,
                         @JsonProperty("subject") String subject,
                         @JsonProperty("body") String body,
                         @JsonProperty("urgency") String urgency,
                         @JsonProperty("category") String category,
                         @JsonProperty("secondary_category") String secondaryCategory,
                         @JsonProperty("received") Instant received,
                         @JsonProperty("language") String language,
                         @JsonProperty("split") String split,
                         @JsonProperty("reason") String reason) {

    /** The splits a message may belong to: thresholds and rules are chosen on tune and checked on validate. */
    public static final List<String> SPLITS = List.of("tune", "validate");

    public TriageCase {
        subject = subject == null ? "" : subject;
        body = body == null ? "" : body;
        secondaryCategory = secondaryCategory == null || secondaryCategory.isBlank() ? null : secondaryCategory;
        language = language == null || language.isBlank() ? null : language;
        split = split == null ? "" : split;
        reason = reason == null ? "" : reason;
        if (!split.isEmpty() && !SPLITS.contains(split)) {
            throw new IllegalArgumentException("split must be one of " + SPLITS + " or absent, not \"" + split + "\"");
        }
    }

    /** A message of the older format: no secondary category, date, language or split. */
    public TriageCase(String id, String subject, String body, String urgency, String category) {
        this(id, subject, body, urgency, category, null, null, null, null, null);
    }

    /** The same message under another id. */
    TriageCase withId(String newId) {
        return new TriageCase(newId, subject, body, urgency, category, secondaryCategory, received, language, split, reason);
    }

    /** Reads a JSONL set; a malformed line is an error naming it. */
    public static List<TriageCase> read(Path file) {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules();
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
            String where = file.getFileName() + ":" + number + ": ";
            TriageCase read;
            try {
                read = json.readValue(line, TriageCase.class);
            } catch (IOException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IllegalArgumentException || cause instanceof DateTimeParseException) {
                    throw new IllegalArgumentException(where + cause.getMessage(), e);
                }
                throw new IllegalArgumentException(where + "not a JSON object", e);
            }
            if (read.urgency() == null || read.category() == null) {
                throw new IllegalArgumentException(where + "needs urgency and category");
            }
            cases.add(read.id() == null ? read.withId("line-" + number) : read);
        }
        return cases;
    }
}
