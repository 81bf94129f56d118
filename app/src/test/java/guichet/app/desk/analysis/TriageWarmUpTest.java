package guichet.app.desk.analysis;

import guichet.app.desk.DeskFixtures;
import guichet.app.desk.store.TriageModelStore;
import guichet.app.system.settings.OverridableResources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The triage classifier is ready before the first message: trained at warm-up on a fresh desk, and
 * trained again when an upgrade changed the built-in examples. A small set of the shipped examples
 * (an office's own file under config/) keeps the training short.
 */
class TriageWarmUpTest {

    @TempDir
    Path home;

    @Test
    void aFreshDeskTrainsTheBuiltInClassifierAtWarmUp() throws IOException {
        writeExamples(shippedExamples(2));
        JdbcClient database = DeskFixtures.database();
        TriageModelStore store = new TriageModelStore(database, Clock.systemUTC());

        triage(store).warmUp(() -> false);

        assertThat(store.activeVersion()).isPresent();
        assertThat(store.active().orElseThrow().examples()).isEqualTo(shippedExamples(2).size());
    }

    @Test
    void changedBuiltInExamplesAreLearntAgainAtStartUp() throws IOException {
        writeExamples(shippedExamples(2));
        JdbcClient database = DeskFixtures.database();
        TriageModelStore store = new TriageModelStore(database, Clock.systemUTC());
        triage(store).warmUp(() -> false);
        String before = store.activeVersion().orElseThrow();

        writeExamples(shippedExamples(3));
        Triage upgraded = triage(store);
        upgraded.warmUp(() -> false);

        assertThat(store.activeVersion()).hasValueSatisfying(version -> assertThat(version).isNotEqualTo(before));
        assertThat(upgraded.activeModel().examples()).hasSize(shippedExamples(3).size());
    }

    @Test
    void unchangedExamplesKeepTheStoredClassifier() throws IOException {
        writeExamples(shippedExamples(2));
        JdbcClient database = DeskFixtures.database();
        TriageModelStore store = new TriageModelStore(database, Clock.systemUTC());
        triage(store).warmUp(() -> false);

        triage(store).warmUp(() -> false);

        assertThat(store.versions()).hasSize(1);
    }

    @Test
    void aWarmUpToldToStopTrainsNothing() throws IOException {
        writeExamples(shippedExamples(2));
        TriageModelStore store = new TriageModelStore(DeskFixtures.database(), Clock.systemUTC());
        Triage triage = triage(store);

        assertThatThrownBy(() -> triage.warmUp(() -> true)).isInstanceOf(CancellationException.class);
        assertThat(store.activeVersion()).isEmpty();
        assertThat(triage.versionNow()).isEmpty();
    }

    private Triage triage(TriageModelStore store) {
        OverridableResources resources = new OverridableResources(home);
        return new Triage(DeskFixtures::e5, new Taxonomy(resources), new DeskSignals(resources, 1, 5), store, resources,
                DeskFixtures.defaults().triage());
    }

    private void writeExamples(List<String> lines) throws IOException {
        Path file = home.resolve("config").resolve(Triage.EXAMPLES);
        Files.createDirectories(file.getParent());
        Files.writeString(file, String.join("\n", lines) + "\n");
    }

    /** The first {@code perKind} shipped examples of each category and urgency. */
    private static List<String> shippedExamples(int perKind) throws IOException {
        List<String> chosen = new ArrayList<>();
        Map<String, Integer> taken = new HashMap<>();
        try (var in = Triage.class.getClassLoader().getResourceAsStream(Triage.EXAMPLES)) {
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\\R")) {
                String kind = line.replaceAll(".*\"category\": \"([^\"]+)\".*\"urgency\": \"([^\"]+)\".*", "$1/$2");
                if (!line.isBlank() && taken.merge(kind, 1, Integer::sum) <= perKind) {
                    chosen.add(line);
                }
            }
        }
        return chosen;
    }
}
