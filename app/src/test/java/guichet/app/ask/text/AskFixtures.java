package guichet.app.ask.text;

import guichet.app.shared.text.QuestionLanguage;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.ask.safety.InputProperties;
import guichet.app.system.settings.OverridableResources;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real citizen texts, rule files and language detector for the ask tests, with no deployment
 * overrides. The language detector takes a couple of seconds to load, so one is shared.
 */
public final class AskFixtures {

    private static final Path HOME = emptyHome();
    private static volatile QuestionLanguage languages;

    private AskFixtures() {
    }

    public static OverridableResources resources() {
        return new OverridableResources(HOME);
    }

    public static CitizenTexts texts() {
        return new CitizenTexts(resources(), HOME);
    }

    public static synchronized QuestionLanguage languages() {
        if (languages == null) {
            languages = new QuestionLanguage(InputProperties.defaults().languages(), InputProperties.defaults().minLettersForLanguage());
        }
        return languages;
    }

    private static Path emptyHome() {
        try {
            Path home = Files.createTempDirectory("guichet-ask-test");
            home.toFile().deleteOnExit();
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
