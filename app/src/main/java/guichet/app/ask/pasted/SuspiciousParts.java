package guichet.app.ask.pasted;

import guichet.app.ask.safety.ManipulationDetector;
import guichet.app.shared.rules.PatternRules;
import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what in a pasted letter is not normal letter content: lines that give orders to whoever
 * reads the text (the manipulation rules, and {@code guard/pasted/*.txt}), hidden HTML comments,
 * image links, and links to sites other than the trusted ones ({@code guard/pasted/trusted-hosts.txt}).
 * Returns the letter without them: what is left is read; what was taken out is named to the citizen.
 */
@Component
public class SuspiciousParts {

    static final List<String> FILES = List.of("guard/pasted/common.txt", "guard/pasted/en.txt", "guard/pasted/fr.txt");
    static final String LOCAL = "guard/pasted/local.txt";
    static final String TRUSTED_HOSTS = "guard/pasted/trusted-hosts.txt";
    private static final Pattern COMMENT = Pattern.compile("<!--([\\s\\S]*?)(-->|$)");
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]\\n]*]\\([^)\\n]*\\)|<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_LINK = Pattern.compile("\\[([^\\]\\n]*)]\\(([^)\\s\\n]+)[^)\\n]*\\)");
    private static final Pattern URL = Pattern.compile("\\b(?:https?://|www\\.)[^\\s<>()\\[\\]\"“”«»]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_TAG = Pattern.compile("</?[a-z][a-z0-9]*\\b[^>]{0,200}>", Pattern.CASE_INSENSITIVE);

    private final ManipulationDetector manipulation;
    private final PatternRules pastedRules;
    private final List<String> trustedHosts;

    /** What kind of thing was taken out. */
    public enum Kind { INSTRUCTION, HIDDEN_COMMENT, IMAGE, LINK }

    /**
     * @param kind what it is
     * @param opening its first words, for the citizen to find it (never a link, never a figure); "" when none
     * @param rule the rule that found it, for the trace
     */
    public record Part(Kind kind, String opening, String rule) {
    }

    /**
     * @param text the letter without its suspicious parts, links to untrusted sites removed
     * @param parts what was taken out, in order
     */
    public record Cleaned(String text, List<Part> parts) {
    }

    public SuspiciousParts(ManipulationDetector manipulation, OverridableResources resources) {
        this.manipulation = manipulation;
        this.pastedRules = PatternRules.load(resources, FILES, List.of(LOCAL));
        this.trustedHosts = resources.text(TRUSTED_HOSTS).lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).map(line -> line.toLowerCase(Locale.ROOT)).toList();
    }

    public Cleaned clean(String pasted) {
        List<Part> parts = new ArrayList<>();
        StringBuilder kept = new StringBuilder();
        Matcher comment = COMMENT.matcher(pasted);
        int from = 0;
        while (comment.find()) {
            kept.append(pasted, from, comment.start());
            String inside = comment.group(1).strip();
            if (inside.codePoints().anyMatch(Character::isLetter)) {
                parts.add(new Part(Kind.HIDDEN_COMMENT, opening(inside), "html_comment"));
            }
            from = comment.end();
        }
        kept.append(pasted.substring(from));
        String text = replace(IMAGE, kept.toString(), image -> {
            parts.add(new Part(Kind.IMAGE, "", "image_link"));
            return "";
        });
        text = replace(MARKDOWN_LINK, text, link -> {
            if (trusted(link.group(2))) {
                return link.group(1) + " (" + link.group(2) + ")";
            }
            // The words stay (they may say what the letter asks), the address goes, and the citizen is told.
            parts.add(new Part(Kind.LINK, opening(link.group(1)), "untrusted_link"));
            return link.group(1);
        });
        text = replace(URL, text, url -> {
            if (trusted(url.group())) {
                return url.group();
            }
            parts.add(new Part(Kind.LINK, "", "untrusted_link"));
            return "";
        });
        text = HTML_TAG.matcher(text).replaceAll(" ");
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\\n", -1)) {
            Optional<String> rule = instruction(line);
            if (rule.isPresent()) {
                parts.add(new Part(Kind.INSTRUCTION, opening(line), rule.get()));
            } else {
                lines.add(line);
            }
        }
        return new Cleaned(String.join("\n", lines).replaceAll("[ \\t]{2,}", " ").strip(), List.copyOf(parts));
    }

    /** The rule a line breaks, if it gives orders to whoever reads the text. */
    private Optional<String> instruction(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        return manipulation.check(line, "").map(ManipulationDetector.Finding::rule)
                .or(() -> pastedRules.firstMatch(line).map(rule -> rule.qualifiedId()));
    }

    private boolean trusted(String url) {
        try {
            String address = url.toLowerCase(Locale.ROOT).startsWith("www.") ? "https://" + url : url;
            String host = URI.create(address.replaceAll("[.,;:!?]+$", "")).getHost();
            return host != null && trustedHosts.stream().anyMatch(domain -> host.equals(domain) || host.endsWith("." + domain));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * The first words of a part, for the citizen to find it in their letter: up to four words,
     * stopping before any word with a digit (an amount, an account number) or an address.
     */
    static String opening(String text) {
        List<String> words = new ArrayList<>();
        for (String word : text.strip().replaceAll("^[\\[(<{«\"“]+", "").split("\\s+")) {
            if (words.size() == 4 || word.matches(".*[\\d@/].*") || word.contains("www.")) {
                break;
            }
            words.add(word.replaceAll("[<>\\[\\](){}]", ""));
        }
        String opening = String.join(" ", words).strip();
        return opening.replaceAll("[,;:.]+$", "");
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
