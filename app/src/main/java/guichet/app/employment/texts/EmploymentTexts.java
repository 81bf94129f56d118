package guichet.app.employment.texts;

import guichet.app.shared.text.CitizenTexts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The journey's citizen texts, from {@code messages/employment_<language>.properties}; a deployment
 * overrides any key in {@code <guichet.home>/config/messages/employment_<language>.properties}.
 * A missing key fails loudly.
 */
@Component
public class EmploymentTexts {

    private final ReloadableResourceBundleMessageSource messages = new ReloadableResourceBundleMessageSource();

    EmploymentTexts(@Value("${guichet.home}") Path home) {
        messages.setBasenames(home.resolve("config/messages/employment").toAbsolutePath().toUri().toString(),
                "classpath:messages/employment");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    /** Whether a text exists for this key (a deployment may leave a question out). */
    public boolean has(String key, String language) {
        try {
            messages.getMessage(key, null, Locale.of(CitizenTexts.replyLanguage(language)));
            return true;
        } catch (org.springframework.context.NoSuchMessageException e) {
            return false;
        }
    }

    public String text(String key, String language, Object... args) {
        return messages.getMessage(key, args, Locale.of(CitizenTexts.replyLanguage(language)));
    }
}
