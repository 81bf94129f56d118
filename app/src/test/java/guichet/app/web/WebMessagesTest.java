package guichet.app.web;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both interface languages have every label, and every label a template names exists. */
class WebMessagesTest {

    private static final Pattern NAMED = Pattern.compile("#\\{(web\\.[a-z_.]+)[}(]|msg(?:OrNull)?\\('(web\\.[a-z_.]+)'\\)");

    @Test
    void englishAndFrenchHaveTheSameLabels() throws IOException {
        assertThat(keys("en")).isEqualTo(keys("fr"));
    }

    @Test
    void everyLabelATemplateNamesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> templates = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher matcher = NAMED.matcher(Files.readString(template));
                while (matcher.find()) {
                    named.add(matcher.group(1) != null ? matcher.group(1) : matcher.group(2));
                }
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(keys("en")).containsAll(named);
    }

    private static Set<String> keys(String language) throws IOException {
        Properties labels = new Properties();
        try (InputStream in = WebMessagesTest.class.getResourceAsStream("/messages/web_" + language + ".properties")) {
            labels.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return new TreeSet<>(labels.stringPropertyNames());
    }
}
