package guichet.app.ask.text;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a help-line file:
 * <pre>
 * lines:
 *   - name: Samaritans
 *     call: "116 123"
 *     hours: 24 hours a day, every day
 *     for: if you are struggling to cope or thinking about suicide
 *     url: https://www.samaritans.org
 * </pre>
 * A malformed file is a start-up error, never an empty list: a crisis reply without help lines is
 * worse than no reply.
 */
final class HelpLineFile {

    private HelpLineFile() {
    }

    static List<HelpLine> parse(String yaml, String origin) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("lines") instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException(origin + ": expected a non-empty list under 'lines'");
        }
        List<HelpLine> lines = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields)) {
                throw new IllegalStateException(origin + ": each help line must be a map of fields");
            }
            try {
                lines.add(new HelpLine(field(fields, "name"), field(fields, "call"), field(fields, "text"),
                        field(fields, "url"), field(fields, "hours"), field(fields, "for")));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(origin + ": " + e.getMessage(), e);
            }
        }
        return List.copyOf(lines);
    }

    private static String field(Map<?, ?> fields, String name) {
        Object value = fields.get(name);
        return value == null ? null : value.toString();
    }
}
