package guichet.app.desk;

import guichet.app.desk.settings.DeskProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.shared.text.QuestionLanguage;
import guichet.app.desk.analysis.AssessTriage;
import guichet.app.desk.analysis.CaseAnalyser;
import guichet.app.desk.analysis.DeskSignals;
import guichet.app.desk.analysis.DetectLanguage;
import guichet.app.desk.analysis.Taxonomy;
import guichet.app.desk.analysis.Triage;
import guichet.app.desk.store.CaseStore;
import guichet.app.desk.store.TriageModelStore;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.EmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingModel;
import guichet.inference.onnx.OnnxEmbeddingSettings;
import guichet.app.system.audit.AuditProperties;
import guichet.app.system.audit.AuditTrail;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Real parts of the desk without Spring, for unit-level tests: the real multilingual-e5-small (loaded
 * once per JVM), the shipped rule and example files, a fresh in-memory H2 database migrated by Flyway.
 */
public final class DeskFixtures {

    private static volatile EmbeddingModel e5;
    private static volatile QuestionLanguage languages;

    private DeskFixtures() {
    }

    public static synchronized EmbeddingModel e5() {
        if (e5 == null) {
            Path folder = Path.of(System.getProperty("guichet.test.shared-dir"), "models/multilingual-e5-small");
            e5 = OnnxEmbeddingModel.load(OnnxEmbeddingSettings.multilingualE5(folder, "test"));
            Runtime.getRuntime().addShutdownHook(new Thread(e5::close));
        }
        return e5;
    }

    public static synchronized QuestionLanguage languages() {
        if (languages == null) {
            languages = new QuestionLanguage(List.of("en", "fr", "es", "de", "it", "pt", "ar"), 10);
        }
        return languages;
    }

    /** The built-in resources (an empty config folder: nothing overridden). */
    public static OverridableResources resources() {
        try {
            return new OverridableResources(Files.createTempDirectory("desk-home"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fresh database with every migration applied. */
    public static JdbcClient database() {
        DriverManagerDataSource source = new DriverManagerDataSource("jdbc:h2:mem:desk-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1", "sa", "");
        Flyway.configure().dataSource(source).locations("classpath:db/migration").load().migrate();
        return JdbcClient.create(source);
    }

    /** The desk's triage over a fresh database. */
    public static Triage triage(JdbcClient database) {
        OverridableResources resources = resources();
        return new Triage(DeskFixtures::e5, new Taxonomy(resources), new DeskSignals(resources, 1, 5),
                new TriageModelStore(database, Clock.systemUTC()), resources, defaults().triage());
    }

    /** The shipped signal rules, with the default working days (1 soon, 5 far). */
    public static DeskSignals signals() {
        return new DeskSignals(resources(), 1, 5);
    }

    public static CaseStore store(JdbcClient database) {
        return new CaseStore(database, new ObjectMapper().findAndRegisterModules(), Clock.systemUTC(),
                new AuditTrail(database, Clock.systemUTC(), new AuditProperties(java.time.Duration.ofDays(183), Integer.MAX_VALUE,
                        "no-anchors-are-written.txt")));
    }

    /** Language, then urgency and category: the triage part of the analysis. */
    public static CaseAnalyser triageSteps(Triage triage) {
        return new CaseAnalyser(List.of(new DetectLanguage(languages()), new AssessTriage(triage, signals())));
    }

    public static DeskProperties defaults() {
        return new DeskProperties("en", new DeskProperties.Imap(false, null, 993, true, false, null, null, "INBOX",
                java.time.Duration.ofMinutes(1), java.time.Duration.ofSeconds(30), null),
                new DeskProperties.Smtp(null, 587, false, true, null, null, "correspondence@example.gov",
                        java.time.Duration.ofSeconds(30), null),
                new DeskProperties.Limits(org.springframework.util.unit.DataSize.ofMegabytes(25),
                        org.springframework.util.unit.DataSize.ofMegabytes(5), 20000),
                new DeskProperties.Triage(0.15, 3, 400, 0.01, "UTC", 1, 5, 0.4, 0.6, 9, 100, 1_000_000_000L), new DeskProperties.Summary(true, 0, 160),
                new DeskProperties.Draft(6, 2, 0.85, "Correspondence team"), List.of());
    }

    /** A file of the triage development set. */
    public static Path triageSet(String name) {
        return Path.of("src/test/resources/eval/triage").resolve(name).toAbsolutePath();
    }
}
