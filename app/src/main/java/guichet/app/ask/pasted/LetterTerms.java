package guichet.app.ask.pasted;

import guichet.app.shared.rules.MatchText;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Plain-language explanations of what official letters say, and what the citizen can do next
 * ("ask us to look at this decision again" is a mandatory reconsideration, with its time limit),
 * from {@code replies/letters/<language>.yml}, overridable by a deployment. Each entry has a
 * pattern (matched on the letter in lower case without accents) and the explanation given when the
 * letter matches.
 */
@Component
public class LetterTerms {

    private final Map<String, List<Term>> byLanguage = new LinkedHashMap<>();

    record Term(Pattern pattern, String explain) {
    }

    public LetterTerms(OverridableResources resources) {
        for (String language : CitizenTexts.LANGUAGES) {
            String file = "replies/letters/" + language + ".yml";
            byLanguage.put(language, parse(resources.text(file), file));
        }
    }

    /** The explanations that apply to a letter, in the file's order, at most {@code limit}. */
    public List<String> explain(String letter, String language, int limit) {
        String text = MatchText.of(letter);
        return byLanguage.get(CitizenTexts.replyLanguage(language)).stream().filter(term -> term.pattern().matcher(text).find())
                .map(Term::explain).limit(limit).toList();
    }

    static List<Term> parse(String yaml, String file) {
        Object root = new Yaml(new SafeConstructor(new LoaderOptions())).load(yaml);
        if (!(root instanceof Map<?, ?> map) || !(map.get("terms") instanceof List<?> entries)) {
            throw new IllegalStateException(file + ": expected a list under 'terms'");
        }
        List<Term> terms = new ArrayList<>();
        for (Object entry : entries) {
            if (!(entry instanceof Map<?, ?> fields) || fields.get("when") == null || fields.get("explain") == null) {
                throw new IllegalStateException(file + ": each term needs 'when' and 'explain'");
            }
            try {
                terms.add(new Term(Pattern.compile(fields.get("when").toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                        fields.get("explain").toString().strip()));
            } catch (PatternSyntaxException e) {
                throw new IllegalStateException(file + ": bad pattern " + fields.get("when") + ": " + e.getDescription(), e);
            }
        }
        return List.copyOf(terms);
    }
}
