package guichet.app.ask.crisis;

import guichet.app.ask.routing.AlikeEmbeddings;
import guichet.app.ask.text.AskFixtures;
import guichet.app.shared.text.CitizenTexts;
import guichet.app.system.settings.OverridableResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CrisisRepliesTest {

    private static final CrisisReplies REPLIES = new CrisisReplies(AskFixtures.resources(), AskFixtures.texts(),
            CrisisProperties.defaults(), new CrisisDetector(AskFixtures.resources(), AlikeEmbeddings::new));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "suicide  | en | Samaritans: call 116 123 | 999",
        "abuse    | en | 0808 2000 247             | press 55",
        "child    | en | 0808 800 5000             | Childline: call 0800 1111",
        "young    | en | 0800 1111                 | under 19",
        "medical  | en | 999                       | NHS 111",
        "hunger   | en | food bank                 | hardship payment",
        "homeless | en | 0808 800 4444             | local council",
        "threat   | en | 101                       | 0808 802 0300",
        "suicide  | fr | 3114                      | 15 (SAMU)",
        "abuse    | fr | 3919                      | 17 (police)",
        "child    | fr | 119                       | 112",
        "medical  | fr | 15 (SAMU)                 | 112",
        "hunger   | fr | CCAS                      | 115",
        "homeless | fr | 115                       | Samu social",
        "threat   | fr | 17 (police)               | plainte"
    })
    void eachCategoryGivesItsOwnLinesInItsCountry(String category, String language, String line, String other) {
        String reply = REPLIES.reply(List.of(category), language);
        assertThat(reply).contains(line, other);
        if (language.equals("en")) {
            assertThat(reply).doesNotContain("3114", "3919", "119,", "15 (SAMU)", "Samu social");
        } else {
            assertThat(reply).doesNotContain("999", "Samaritans", "0808", "0800 1111");
        }
    }

    @Test
    void severalCategoriesShowEachLineOnce() {
        String reply = REPLIES.reply(List.of("abuse", "homeless"), "en");
        assertThat(reply).contains("0808 2000 247", "0808 800 4444");
        assertThat(reply.split("- Emergency services", -1)).hasSize(2);
        assertThat(reply).endsWith(AskFixtures.texts().reply("reply.crisis.closing", "en"));
        assertThat(reply.lines().filter(line -> line.startsWith("- "))).isNotEmpty();
    }

    @Test
    void otherLanguagesGetTheEnglishReply() {
        assertThat(REPLIES.reply(List.of("suicide"), "de")).contains("116 123");
    }

    @Test
    void aDeploymentChoosesTheCountryForALanguage(@TempDir Path home) throws IOException {
        OverridableResources resources = new OverridableResources(home);
        Path file = home.resolve("config/replies/crisis/fr/en.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, Files.readString(Path.of("src/main/resources/replies/crisis/gb/en.yml"))
                .replace("\"116 123\"", "\"3114\"").replace("\"999\"", "\"112\""));
        CrisisReplies france = new CrisisReplies(resources, new CitizenTexts(resources, home),
                new CrisisProperties(List.of("en:fr", "fr:fr"), CrisisProperties.DEFAULT_BEFORE_REFUSAL), new CrisisDetector(resources, AlikeEmbeddings::new));
        assertThat(france.reply(List.of("suicide"), "en")).contains("3114", "112").doesNotContain("116 123");
    }

    @Test
    void aReplyFileWithoutACategoryOrWithAnUnknownLineFailsAtStartUp(@TempDir Path home) throws IOException {
        OverridableResources resources = new OverridableResources(home);
        Path file = home.resolve("config/replies/crisis/gb/en.yml");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "lines:\n  one: {name: One, call: \"1\"}\ncategories:\n  suicide: {say: Hello, lines: [one]}\n");
        assertThatThrownBy(() -> new CrisisReplies(resources, new CitizenTexts(resources, home), CrisisProperties.defaults(),
                new CrisisDetector(resources, AlikeEmbeddings::new))).hasMessageContaining("gb/en.yml").hasMessageContaining("abuse");
        Files.writeString(file, "lines: {}\ncategories:\n  suicide: {say: Hello, lines: [nowhere]}\n");
        assertThatThrownBy(() -> new CrisisReplies(resources, new CitizenTexts(resources, home), CrisisProperties.defaults(),
                new CrisisDetector(resources, AlikeEmbeddings::new))).hasMessageContaining("unknown line nowhere");
    }
}
