package guichet.app.shared.evidence;

import guichet.app.shared.text.QuestionLanguage;

import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks what a model wrote from quoted guidance before a citizen reads it: every figure, date and
 * name it states must be in the quotes it stands on (or the question), it must be in the asker's
 * language, and long enough and not looping. A failed check means the quotes are shown without it.
 */
public final class ReadingCheck {

    private static final int MIN_WORDS = 2;
    // A capitalised word that does not start a sentence: a name, a month, a scheme, a place.
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]{2,}");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?:;])\\s+|\\n+");

    private final QuestionLanguage languages;

    public ReadingCheck(QuestionLanguage languages) {
        this.languages = languages;
    }

    /** Why {@code text} cannot be shown with {@code quotes}, or "" when it can. */
    public String problem(String text, List<Quote> quotes, String question, String language) {
        String quoted = quotes.stream().map(q -> q.source().title() + " " + String.join(" ", q.source().headingPath())
                + " " + q.sentence()).collect(Collectors.joining(" "));
        // The asker's own figures and names ("I'm 30", "in Leeds") may be repeated back to them.
        return problem(text, quoted + " " + question, language);
    }

    /**
     * Why {@code text} cannot be shown as written from {@code evidence} (the only text its figures,
     * dates and names may come from), or "" when it can.
     */
    public String problem(String text, String evidence, String language) {
        if (text.isBlank()) {
            return "empty";
        }
        if (text.strip().split("\\s+").length < MIN_WORDS) {
            return "too short";
        }
        if (repeatsItself(text)) {
            return "repeats itself";
        }
        Set<String> unsupported = Figures.unsupported(text, evidence);
        if (!unsupported.isEmpty()) {
            return "figures not in the quotes " + unsupported;
        }
        Set<String> names = unsupportedNames(text, evidence);
        if (!names.isEmpty()) {
            return "names not in the quotes " + names;
        }
        Optional<String> detected = languages.detect(text);
        if (detected.isPresent() && !detected.get().equals(language)) {
            return "written in " + detected.get() + " instead of " + language;
        }
        return "";
    }

    /** Capitalised words inside sentences of {@code text} that {@code sources} never uses, in any case. */
    static Set<String> unsupportedNames(String text, String sources) {
        Set<String> known = new HashSet<>();
        for (String word : sources.toLowerCase(Locale.ROOT).split("[^\\p{L}'’-]+")) {
            known.add(word);
        }
        Set<String> missing = new LinkedHashSet<>();
        for (String sentence : SENTENCE_END.split(text.strip())) {
            List<String> words = Arrays.stream(sentence.split("[^\\p{L}'’-]+")).filter(w -> !w.isEmpty()).toList();
            for (String name : words.subList(Math.min(1, words.size()), words.size())) {
                if (NAME.matcher(name).matches() && !known.contains(name.toLowerCase(Locale.ROOT))
                        && !known.contains(stem(name))) {
                    missing.add(name);
                }
            }
        }
        return missing;
    }

    /** "Jobcentres" is the quotes' "Jobcentre": a plural or possessive is not a new name. */
    private static String stem(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("(['’]s|s)$", "");
    }

    /**
     * Small models loop: the same sentence twice, or many repeated three-word runs, means the text is
     * not worth reading.
     */
    static boolean repeatsItself(String text) {
        Set<String> seen = new HashSet<>();
        for (String sentence : text.split("(?<=[.!?])\\s+")) {
            String key = sentence.strip().toLowerCase(Locale.ROOT);
            if (key.length() > 12 && !seen.add(key)) {
                return true;
            }
        }
        String[] words = text.toLowerCase(Locale.ROOT).split("\\s+");
        Set<String> trigrams = new HashSet<>();
        int repeated = 0;
        for (int i = 0; i + 2 < words.length; i++) {
            if (!trigrams.add(words[i] + " " + words[i + 1] + " " + words[i + 2])) {
                repeated++;
            }
        }
        return words.length > 12 && repeated > words.length / 6;
    }
}
