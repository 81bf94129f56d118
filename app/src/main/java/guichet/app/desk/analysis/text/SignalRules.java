package guichet.app.desk.analysis.text;

import guichet.app.shared.rules.MatchText;
import guichet.app.shared.rules.PatternRule;
import guichet.app.shared.rules.PatternRules;
import guichet.app.desk.store.Signal;
import guichet.app.system.settings.OverridableResources;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Signal rules read from operator-overridable files (the citizen assistant's rule format, see
 * {@link PatternRules}), checked sentence by sentence: a rule with two patterns ("tomorrow" &amp;&amp;
 * "hearing") needs both in the same sentence. Every rule that matches is reported with the words
 * that matched, so an officer sees why.
 */
public final class SignalRules {

    private static final int EXCERPT_CONTEXT = 30;

    private final PatternRules rules;

    public SignalRules(PatternRules rules) {
        this.rules = rules;
    }

    /** The rules of {@code folder}/en.txt and fr.txt, and local.txt when a deployment adds one. */
    public static SignalRules load(OverridableResources resources, String folder) {
        return new SignalRules(PatternRules.load(resources, List.of(folder + "/en.txt", folder + "/fr.txt"),
                List.of(folder + "/local.txt")));
    }

    /** Every rule that matches a sentence of {@code text}, once each, in rule order. */
    public List<Signal> find(String text, String language) {
        List<String> sentences = MessageSentences.of(text, language).stream().map(MatchText::of).toList();
        List<Signal> found = new ArrayList<>();
        for (PatternRule rule : rules.rules()) {
            for (String sentence : sentences) {
                if (rule.matches(sentence)) {
                    found.add(new Signal(rule.qualifiedId(), excerpt(rule, sentence)));
                    break;
                }
            }
        }
        return found;
    }

    /** The words around the first pattern's match (in the matching form: lower case, no accents). */
    public static String excerpt(PatternRule rule, String sentence) {
        Matcher matcher = rule.patterns().getFirst().matcher(sentence);
        if (!matcher.find()) {
            return "";
        }
        int start = Math.max(0, matcher.start() - EXCERPT_CONTEXT);
        int end = Math.min(sentence.length(), matcher.end() + EXCERPT_CONTEXT);
        while (start > 0 && !Character.isWhitespace(sentence.charAt(start - 1))) {
            start--;
        }
        while (end < sentence.length() && !Character.isWhitespace(sentence.charAt(end))) {
            end++;
        }
        return (start > 0 ? "…" : "") + sentence.substring(start, end).strip() + (end < sentence.length() ? "…" : "");
    }
}
