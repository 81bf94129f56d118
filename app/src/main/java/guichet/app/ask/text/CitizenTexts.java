package guichet.app.ask.text;

import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every text a citizen reads that Guichet did not generate: canned replies keyed by status or
 * purpose, placeholders for redacted personal data, and help lines for people in crisis.
 *
 * <p>Replies come from {@code messages/citizen_<language>.properties} (UTF-8); a deployment
 * overrides any key in {@code <guichet.home>/config/messages/citizen_<language>.properties}.
 * Help lines come from {@code helplines/<language>.yml}, overridable the same way through
 * {@link OverridableResources}.
 *
 * <p>Languages: English and French are supported; a question in any other language gets the
 * English texts (the reply language follows the question when it is English or French).
 * A key missing from both places fails loudly rather than showing a blank reply.
 */
@Component
public class CitizenTexts {

    /** The languages that have their own texts; the first is the fallback. */
    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();
    private final OverridableResources resources;
    private final Map<String, List<HelpLine>> helpLines = new ConcurrentHashMap<>();

    public CitizenTexts(OverridableResources resources, @Value("${guichet.home}") Path home) {
        this.resources = resources;
        String override = home.resolve("config/messages/citizen").toAbsolutePath().toUri().toString();
        messages.setBasenames(override, "classpath:messages/citizen");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        messages.setUseCodeAsDefaultMessage(false);
    }

    /** The language the canned texts will be in for a question in {@code language}: "en" or "fr". */
    public static String replyLanguage(String language) {
        if (language == null) {
            return LANGUAGES.getFirst();
        }
        String code = language.strip().toLowerCase(Locale.ROOT);
        return LANGUAGES.stream().filter(code::startsWith).findFirst().orElse(LANGUAGES.getFirst());
    }

    /**
     * The text for {@code key} in the reply language for {@code language}, with {@code args} put in
     * its {@code {0}}, {@code {1}}... placeholders.
     *
     * @throws org.springframework.context.NoSuchMessageException when no bundle has the key
     */
    public String reply(String key, String language, Object... args) {
        return messages.getMessage(key, args.length == 0 ? null : args, Locale.of(replyLanguage(language)));
    }

    /** True when {@code key} has a text in the reply language for {@code language}. */
    public boolean has(String key, String language) {
        return messages.getMessage(key, null, null, Locale.of(replyLanguage(language))) != null;
    }

    /** The help lines for people in crisis, in the order they should be shown. */
    public List<HelpLine> helpLines(String language) {
        return helpLines.computeIfAbsent(replyLanguage(language),
                code -> HelpLineFile.parse(resources.text("helplines/" + code + ".yml"), "helplines/" + code + ".yml"));
    }

    /** The help lines as plain text, one per line, for a reply. */
    public String helpLinesText(String language) {
        List<String> lines = new ArrayList<>();
        for (HelpLine line : helpLines(language)) {
            lines.add(reply("helpline.line", language, line.name(), contact(line, language),
                    line.hours().isEmpty() ? "" : reply("helpline.hours", language, line.hours()),
                    line.forWhat().isEmpty() ? "" : reply("helpline.for", language, line.forWhat())).strip());
        }
        return String.join("\n", lines);
    }

    private String contact(HelpLine line, String language) {
        List<String> ways = new ArrayList<>();
        if (!line.call().isEmpty()) {
            ways.add(reply("helpline.call", language, line.call()));
        }
        if (!line.text().isEmpty()) {
            ways.add(reply("helpline.text", language, line.text()));
        }
        if (!line.url().isEmpty()) {
            ways.add(reply("helpline.url", language, line.url()));
        }
        return String.join(reply("helpline.or", language), ways);
    }
}
