package guichet.app.desk.draft;

import guichet.app.system.settings.OverridableResources;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The office's reply templates per language ({@code desk/replies/<language>.properties}, overridable):
 * greeting, reference line, an acknowledgement per category, the urgent line, closing, signature.
 * Replies are written in English or French; other languages get English.
 */
@Component
public class ReplyTemplates {

    public static final List<String> LANGUAGES = List.of("en", "fr");

    private final OverridableResources resources;
    private final Map<String, Properties> loaded = new ConcurrentHashMap<>();

    public ReplyTemplates(OverridableResources resources) {
        this.resources = resources;
    }

    /** The reply language for a citizen's language. */
    public static String replyLanguage(String language) {
        return language != null && LANGUAGES.contains(language) ? language : LANGUAGES.getFirst();
    }

    /** A template line with its {placeholders} filled; a missing key is an error naming it. */
    public String text(String language, String key, Map<String, String> values) {
        Properties templates = loaded.computeIfAbsent(replyLanguage(language), this::load);
        String template = templates.getProperty(key);
        if (template == null) {
            throw new IllegalStateException("desk/replies/" + replyLanguage(language) + ".properties has no '" + key + "'");
        }
        String text = template;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return text;
    }

    public String text(String language, String key) {
        return text(language, key, Map.of());
    }

    private Properties load(String language) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(resources.text("desk/replies/" + language + ".properties")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
