package guichet.app.shared.rules;

import java.util.List;
import java.util.regex.Pattern;

/**
 * One rule of a rule file: every pattern must be found in the text for the rule to match.
 *
 * @param id the rule's short name, recorded in the trace
 * @param source the file it came from, e.g. {@code guard/manipulation/en.txt}
 * @param patterns the patterns, written against {@link MatchText} text
 */
public record PatternRule(String id, String source, List<Pattern> patterns) {

    public PatternRule {
        patterns = List.copyOf(patterns);
    }

    /** True when every pattern is found in {@code matchText} (already in {@link MatchText} form). */
    public boolean matches(String matchText) {
        return patterns.stream().allMatch(pattern -> pattern.matcher(matchText).find());
    }

    /** The id with the language or file it came from, e.g. {@code fr/ignore_instructions}. */
    public String qualifiedId() {
        String name = source.substring(source.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + "/" + id;
    }
}
