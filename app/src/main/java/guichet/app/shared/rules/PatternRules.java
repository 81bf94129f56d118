package guichet.app.shared.rules;

import guichet.app.system.settings.OverridableResources;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An ordered list of rules read from text files an operator can override. One rule a line:
 * <pre>
 * # comment
 * rule_id    a Java regular expression
 * rule_id    first pattern &amp;&amp; second pattern      (both must be found)
 * </pre>
 * Patterns are matched, case-insensitively and line by line ({@code ^}/{@code $} at line ends),
 * against the {@link MatchText} form of the text: lower case, no accents, straight apostrophes. A
 * malformed line is a start-up error naming the file and line.
 */
public final class PatternRules {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE;

    private final List<PatternRule> rules;

    private PatternRules(List<PatternRule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the given files, in order; files listed in {@code optional} are read only if present. */
    public static PatternRules load(OverridableResources resources, List<String> files, List<String> optional) {
        List<PatternRule> rules = new ArrayList<>();
        for (String file : files) {
            rules.addAll(parse(resources.text(file), file).rules);
        }
        for (String file : optional) {
            if (resources.exists(file)) {
                rules.addAll(parse(resources.text(file), file).rules);
            }
        }
        return new PatternRules(rules);
    }

    public static PatternRules parse(String content, String source) {
        List<PatternRule> rules = new ArrayList<>();
        String[] lines = content.split("\\R", -1);
        for (int number = 1; number <= lines.length; number++) {
            String line = lines[number - 1].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\\s+", 2);
            if (parts.length < 2 || !parts[0].matches("[a-z0-9_]+")) {
                throw new IllegalStateException(source + ":" + number + ": expected 'rule_id  pattern'");
            }
            List<Pattern> patterns = new ArrayList<>();
            for (String pattern : parts[1].split("\\s+&&\\s+")) {
                try {
                    patterns.add(Pattern.compile(pattern.strip(), FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(source + ":" + number + ": bad pattern: " + e.getDescription(), e);
                }
            }
            rules.add(new PatternRule(parts[0], source, patterns));
        }
        return new PatternRules(rules);
    }

    /** The first rule that matches {@code text} (any form: it is put in {@link MatchText} form here). */
    public Optional<PatternRule> firstMatch(String text) {
        String matchText = MatchText.of(text);
        return rules.stream().filter(rule -> rule.matches(matchText)).findFirst();
    }

    /** Every rule that matches {@code text}, in order. */
    public List<PatternRule> allMatches(String text) {
        String matchText = MatchText.of(text);
        return rules.stream().filter(rule -> rule.matches(matchText)).toList();
    }

    public List<PatternRule> rules() {
        return rules;
    }
}
