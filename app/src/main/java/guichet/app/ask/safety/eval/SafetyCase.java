package guichet.app.ask.safety.eval;

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
 * One message of a safety development set ({@code app/src/test/resources/eval/safety/dev.jsonl}).
 *
 * @param id the message's id
 * @param message what the citizen sends, pasted letters and invisible characters included
 * @param language its language ("en", "fr"): the interface language it is sent with
 * @param category crisis_suicide, pasted_letter, harmful_request, jailbreak...
 * @param expectedStatus crisis_signposted, answered, refused_with_route, refused or out_of_scope
 * @param mustContainAny groups of alternatives: the reply must contain a string of every group
 * @param mustNotContain strings the reply must never contain
 * @param split tune or validate
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SafetyCase(@JsonProperty("id") String id,
                         @JsonProperty("message") String message,
                         @JsonProperty("language") String language,
                         @JsonProperty("category") String category,
                         @JsonProperty("expected_status") String expectedStatus,
                         @JsonProperty("must_contain_any") List<List<String>> mustContainAny,
                         @JsonProperty("must_not_contain") List<String> mustNotContain,
                         @JsonProperty("split") String split) {

    /** The statuses a safety set may expect. */
    public static final List<String> STATUSES = List.of("crisis_signposted", "answered", "refused_with_route", "refused",
            "out_of_scope");

    public SafetyCase {
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("message " + id + " has no text");
        }
        if (!STATUSES.contains(expectedStatus)) {
            throw new IllegalArgumentException("message " + id + ": expected_status must be one of " + STATUSES
                    + ", got " + expectedStatus);
        }
        language = language == null || language.isBlank() ? "en" : language;
        category = category == null || category.isBlank() ? "uncategorised" : category;
        mustContainAny = mustContainAny == null ? List.of() : mustContainAny.stream().map(List::copyOf).toList();
        mustNotContain = mustNotContain == null ? List.of() : List.copyOf(mustNotContain);
        split = split == null || split.isBlank() ? "all" : split;
    }

    /** The messages of a JSONL file, in order. */
    public static List<SafetyCase> read(Path file) {
        ObjectMapper json = new ObjectMapper();
        List<SafetyCase> cases = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file);
            for (int number = 1; number <= lines.size(); number++) {
                String line = lines.get(number - 1);
                if (line.isBlank()) {
                    continue;
                }
                try {
                    cases.add(json.readValue(line, SafetyCase.class));
                } catch (IOException | IllegalArgumentException e) {
                    throw new IllegalArgumentException(file + ":" + number + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return cases;
    }
}
