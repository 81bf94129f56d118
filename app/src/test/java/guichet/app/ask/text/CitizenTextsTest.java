package guichet.app.ask.text;

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
        assertThat(texts.reply("reply.crisis", "fr", "LIGNES")).contains("LIGNES").contains("Vous n’êtes pas seul");
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
    void listsTheHelpLinesOfEachCountry() {
        assertThat(texts.helpLines("en")).extracting(HelpLine::call)
                .contains("999", "116 123", "0808 2000 247", "0800 1111", "111");
        assertThat(texts.helpLines("en")).extracting(HelpLine::text).contains("SHOUT to 85258");
        assertThat(texts.helpLines("fr")).extracting(HelpLine::call).contains("3114", "09 72 39 40 50", "3919", "119", "115");
        assertThat(texts.helpLines("fr").getFirst().call()).contains("15").contains("112");
        assertThat(texts.helpLines("de")).isEqualTo(texts.helpLines("en"));
    }

    @Test
    void writesHelpLinesAsLinesOfText() {
        String en = texts.helpLinesText("en");
        assertThat(en.lines()).hasSize(texts.helpLines("en").size());
        assertThat(en).contains("- Samaritans: call 116 123 or https://www.samaritans.org (free, 24 hours a day, every day)");
        assertThat(texts.helpLinesText("fr")).contains("- 3114, numéro national de prévention du suicide : appelez le 3114");
    }

    @Test
    void aDeploymentOverridesSomeKeysAndTheHelpLines(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("config/messages"));
        Files.writeString(home.resolve("config/messages/citizen_en.properties"),
                "reply.greeting=Hello from the Ministry\n", StandardCharsets.UTF_8);
        Files.createDirectories(home.resolve("config/helplines"));
        Files.writeString(home.resolve("config/helplines/en.yml"),
                "lines:\n  - name: Ministry line\n    call: \"0300 000 0000\"\n", StandardCharsets.UTF_8);
        CitizenTexts local = new CitizenTexts(new OverridableResources(home), home);
        assertThat(local.reply("reply.greeting", "en")).isEqualTo("Hello from the Ministry");
        assertThat(local.reply("reply.refused", "en")).startsWith("I can’t help with that");
        assertThat(local.helpLines("en")).extracting(HelpLine::name).containsExactly("Ministry line");
    }

    @Test
    void aMalformedHelpLineFileFailsLoudly(@TempDir Path home) throws IOException {
        Files.createDirectories(home.resolve("config/helplines"));
        Files.writeString(home.resolve("config/helplines/fr.yml"), "lines:\n  - name: Sans numéro\n");
        CitizenTexts local = new CitizenTexts(new OverridableResources(home), home);
        assertThatThrownBy(() -> local.helpLines("fr")).hasMessageContaining("helplines/fr.yml")
                .hasMessageContaining("Sans numéro");
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CitizenTextsTest.class.getResourceAsStream("/messages/citizen_" + language + ".properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
