package guichet.app.shared.text;

import guichet.app.system.settings.OverridableResources;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Every text a citizen reads that Guichet did not generate: canned replies keyed by status or
 * purpose and placeholders for redacted personal data (crisis lines and the rules that refusals
 * explain are data files of their own: {@code replies/}).
 *
 * <p>Replies come from {@code messages/citizen_<language>.properties} (UTF-8); a deployment
 * overrides any key in {@code <guichet.home>/config/messages/citizen_<language>.properties}.
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
    public CitizenTexts(OverridableResources resources, @Value("${guichet.home}") Path home) {
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
}
