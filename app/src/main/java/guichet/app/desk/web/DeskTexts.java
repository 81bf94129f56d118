package guichet.app.desk.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.stereotype.Component;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The desk page's labels, from {@code messages/desk_<language>.properties} (UTF-8); a deployment
 * overrides any key in {@code <guichet.home>/config/messages/desk_<language>.properties}. Kept apart
 * from the citizen pages' message source.
 */
@Component
public class DeskTexts {

    private final MessageSource messages;

    DeskTexts(@Value("${guichet.home}") Path home) {
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(home.resolve("config/messages/desk").toAbsolutePath().toUri().toString(),
                "classpath:messages/desk");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        source.setDefaultLocale(Locale.ENGLISH);
        this.messages = source;
    }

    /** The labels in one language, as the templates use them: {@code ${t.get('desk.name')}}. */
    public Texts in(Locale locale) {
        return new Texts(messages, "fr".equals(locale.getLanguage()) ? Locale.FRENCH : Locale.ENGLISH);
    }

    /** Labels of one language. */
    public record Texts(MessageSource messages, Locale locale) {

        public String get(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        public String language() {
            return locale.getLanguage();
        }

        public String time(Instant instant) {
            if (instant == null) {
                return "";
            }
            return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                    .withZone(ZoneId.systemDefault()).format(instant);
        }

        public String isoTime(Instant instant) {
            return instant == null ? "" : instant.toString();
        }
    }
}
