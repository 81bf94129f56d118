package guichet.app.shared.text;

import guichet.app.ask.text.AskFixtures;
import guichet.app.system.settings.OverridableResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.NoSuchMessageException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.io.InputStreamReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenTextsTest {

    private final CitizenTexts texts = AskFixtures.texts();

    @Test
    void repliesInEnglishOrFrenchAndInEnglishForOtherLanguages() {
        assertThat(texts.reply("reply.greeting", "en")).startsWith("Hello");
        assertThat(texts.reply("reply.greeting", "fr")).startsWith("Bonjour");
        assertThat(texts.reply("reply.greeting", "fr-CA")).startsWith("Bonjour");
        assertThat(texts.reply("reply.greeting", "es")).startsWith("Hello");
        assertThat(texts.reply("reply.greeting", null)).startsWith("Hello");
    }

    @Test
    void fillsPlaceholdersAndKeepsApostrophes() {
        assertThat(texts.reply("reply.too_long", "en", 2000)).contains("2,000 characters").contains("It helps");
        assertThat(texts.reply("reply.too_long", "fr", 2000)).contains("2\u202f000").contains("trop long");
        assertThat(texts.reply("helpline.line", "fr", "3114", "appelez le 3114", "", "")).isEqualTo("- 3114 : appelez le 3114");
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndNoPlainApostropheInPatterns() throws IOException {
        Properties en = bundle("en");
        Properties fr = bundle("fr");
        assertThat(fr.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(en.stringPropertyNames());
        for (Properties bundle : new Properties[] {en, fr}) {
            bundle.forEach((key, value) -> assertThat(value.toString()).as(key.toString())
                    .satisfiesAnyOf(v -> assertThat(v).doesNotContain("'"), v -> assertThat(v).doesNotContain("{")));
        }
    }

    @Test
    void aMissingKeyFailsLoudly() {
        assertThatThrownBy(() -> texts.reply("reply.no_such_key", "en")).isInstanceOf(NoSuchMessageException.class);
        assertThat(texts.has("reply.no_such_key", "en")).isFalse();
        assertThat(texts.has("reply.refused", "fr")).isTrue();
    }

    @Test
    void aDeploymentOverridesSomeKeys(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("config/messages"));
        Files.writeString(home.resolve("config/messages/citizen_en.properties"),
                "reply.greeting=Hello from the Ministry\n", StandardCharsets.UTF_8);
        CitizenTexts local = new CitizenTexts(new OverridableResources(home), home);
        assertThat(local.reply("reply.greeting", "en")).isEqualTo("Hello from the Ministry");
        assertThat(local.reply("reply.refused", "en")).startsWith("I can’t help with that");
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CitizenTextsTest.class.getResourceAsStream("/messages/citizen_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
