package guichet.app.ask.safety;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * What the input check accepts.
 *
 * @param maxCharacters longest question accepted, after invisible characters are removed
 * @param languages languages the question's language is detected among (ISO 639-1 codes); each
 *                  costs about 30 MB of memory. English and French get their own replies, the
 *                  others English ones.
 * @param minLettersForLanguage shorter questions ("merci", "hello") keep the interface language
 */
@Validated
@ConfigurationProperties("guichet.ask.input")
public record InputProperties(@DefaultValue("2000") @Min(1) int maxCharacters,
                              @DefaultValue({"en", "fr", "es", "de", "it", "pt", "ar"}) @NotEmpty List<String> languages,
                              @DefaultValue("10") @Min(1) int minLettersForLanguage) {

    public InputProperties {
        languages = List.copyOf(languages);
    }

    /** The defaults, for tests and tools that run without Spring. */
    public static InputProperties defaults() {
        return new InputProperties(2000, List.of("en", "fr", "es", "de", "it", "pt", "ar"), 10);
    }
}
