package guichet.app.ask.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One line of an answer evaluation set. {@code id}, {@code language}, {@code type}, {@code wording} and
 * {@code split} are optional: without an id the line number stands for it, without a language the
 * kind says it ("fr" is French, anything else English), without a split the question counts only in
 * the figures over the whole set.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AnswerCase(@JsonProperty("id") String id,
                         @JsonProperty("question") String question,
                         @JsonProperty("expected_paths") List<String> expectedPaths,
                         @JsonProperty("key_facts") List<String> keyFacts,
                         @JsonProperty("answerable") boolean answerable,
                         @JsonProperty("kind") String kind,
                         @JsonProperty("language") String language,
                         @JsonProperty("type") String type,
                         @JsonProperty("wording") String wording,
                         @JsonProperty("split") String split) {

    /** The splits a line may belong to: thresholds are read on {@code tune} and checked on {@code validate}. */
    public static final List<String> SPLITS = List.of("tune", "validate");

    public AnswerCase {
        id = id == null ? "" : id;
        expectedPaths = expectedPaths == null ? List.of() : List.copyOf(expectedPaths);
        keyFacts = keyFacts == null ? List.of() : List.copyOf(keyFacts);
        kind = kind == null ? "" : kind;
        language = language == null || language.isBlank() ? ("fr".equals(kind) ? "fr" : "en") : language;
        type = type == null ? "" : type;
        wording = wording == null ? "" : wording;
        split = split == null ? "" : split;
        if (!split.isEmpty() && !SPLITS.contains(split)) {
            throw new IllegalArgumentException("split must be one of " + SPLITS + " or absent, not \"" + split + "\"");
        }
    }

    /** A line of the older format: no id, language, type, wording or split. */
    public AnswerCase(String question, List<String> expectedPaths, List<String> keyFacts, boolean answerable,
                      String kind) {
        this(null, question, expectedPaths, keyFacts, answerable, kind, null, null, null, null);
    }

    /** Reads a JSONL set; a malformed line is an error naming it. */
    public static List<AnswerCase> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<AnswerCase> cases = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty()) {
                continue;
            }
            AnswerCase read;
            try {
                read = json.readValue(line, AnswerCase.class);
            } catch (IOException e) {
                Throwable cause = e.getCause() instanceof IllegalArgumentException invalid ? invalid : e;
                throw new IllegalArgumentException(file.getFileName() + ":" + number + ": " + cause.getMessage()
                        .lines().findFirst().orElse("not a JSON object"), e);
            }
            if (read.question() == null || read.question().isBlank()) {
                throw new IllegalArgumentException(file.getFileName() + ":" + number + ": needs a question");
            }
            cases.add(read.id().isEmpty() ? read.withId("line-" + number) : read);
        }
        return cases;
    }

    private AnswerCase withId(String lineId) {
        return new AnswerCase(lineId, question, expectedPaths, keyFacts, answerable, kind, language, type, wording, split);
    }
}
