package guichet.app.desk.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.eval.Bootstrap;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TriageReportTest {

    private static final List<String> CATEGORIES = List.of("payment_problem", "complaint", "other");

    private static TriageOutcome outcome(String id, String split, String language, String expectedUrgency, String urgency,
                                         String expected, String secondary, String given, long millis) {
        return new TriageOutcome(id, split, language, expectedUrgency, urgency, expected, secondary, given, null, millis,
                "signals: …", "classifier 0.61", "");
    }

    private static final List<TriageOutcome> OUTCOMES = List.of(
            outcome("a", "tune", "en", "urgent", "urgent", "payment_problem", null, "payment_problem", 10),
            outcome("b", "tune", "en", "urgent", "general", "complaint", "payment_problem", "payment_problem", 20),
            outcome("c", "tune", "fr", "general", "urgent", "other", null, "other", 30),
            outcome("d", "validate", "en", "general", "general", "complaint", null, "other", 40),
            outcome("e", "", "en", "urgent", "urgent", "other", null, "other", 50));

    @Test
    void groupsBySplitThenLanguage() {
        TriageReport report = TriageReport.of(OUTCOMES, CATEGORIES, "triage-x", "e5", Bootstrap.STANDARD);

        assertThat(report.groups()).extracting(g -> g.split() + "/" + g.language()).containsExactly(
                "tune/all", "tune/en", "tune/fr", "validate/all", "validate/en", "all/all", "all/en", "all/fr");
        // A message without a split counts in all only.
        assertThat(report.group("all", "all").messages()).isEqualTo(5);
    }

    @Test
    void scoresUrgencyAndCategoryWithIntervals() {
        TriageReport report = TriageReport.of(OUTCOMES, CATEGORIES, "triage-x", "e5", Bootstrap.STANDARD);
        TriageFigures tune = report.group("tune", "all");

        assertThat(tune.urgencyRecall()).extracting(Rate::count, Rate::total, Rate::rate).containsExactly(1L, 2L, 0.5);
        assertThat(tune.urgencyPrecision()).extracting(Rate::count, Rate::total).containsExactly(1L, 2L);
        assertThat(tune.categoryAccuracy()).extracting(Rate::count, Rate::total).containsExactly(2L, 3L);
        // b's first category is its secondary one.
        assertThat(tune.categoryPrimaryOrSecondary()).extracting(Rate::count, Rate::total).containsExactly(3L, 3L);
        assertThat(tune.urgencyRecall().low()).isLessThanOrEqualTo(0.5);
        assertThat(tune.urgencyRecall().high()).isGreaterThanOrEqualTo(0.5);
        assertThat(tune.confusion().get("complaint")).containsEntry("payment_problem", 1);
        assertThat(tune.latencyP50()).isEqualTo(20);
        assertThat(tune.latencyP95()).isEqualTo(30);
        // No urgent message in validate: no recall, not a recall of 0.
        assertThat(report.group("validate", "all").urgencyRecall().rate()).isNull();
    }

    @Test
    void listsTheMissesWithTheirReasons() {
        TriageReport report = TriageReport.of(OUTCOMES, CATEGORIES, "triage-x", "e5", Bootstrap.STANDARD);

        assertThat(report.misses()).extracting(TriageReport.Miss::id, TriageReport.Miss::miss).containsExactly(
                org.assertj.core.groups.Tuple.tuple("b", "urgent missed; category complaint → payment_problem"),
                org.assertj.core.groups.Tuple.tuple("c", "false alarm"),
                org.assertj.core.groups.Tuple.tuple("d", "category complaint → other"));
        String table = report.toTable(true);
        assertThat(table).contains("tune      en", "urgent missed", "    urgency: signals: …", "confusion");
    }

    @Test
    void jsonCarriesTheSameFigures() throws Exception {
        TriageReport report = TriageReport.of(OUTCOMES, CATEGORIES, "triage-x", "e5", Bootstrap.STANDARD);

        JsonNode json = new ObjectMapper().readTree(new ObjectMapper().writeValueAsString(report));

        assertThat(json.path("groups").get(0).path("urgency_recall").path("ci95_low").isNumber()).isTrue();
        assertThat(json.path("groups").get(0).path("latency_ms_p95").asLong()).isEqualTo(30);
        assertThat(json.path("misses")).hasSize(3);
        assertThat(json.path("outcomes").get(1).path("category_primary_or_secondary").asBoolean()).isTrue();
        assertThat(json.path("bootstrap_resamples").asInt()).isEqualTo(1000);
    }

    @Test
    void readsReceivedDatesSecondaryCategoriesAndSplits() throws Exception {
        Path set = Files.writeString(Files.createTempFile("triage", ".jsonl"), """
                {"id": "m1", "received": "2026-01-16T11:20:00Z", "subject": "s", "body": "b", "urgency": "urgent", "category": "payment_problem", "secondary_category": "complaint", "language": "en", "split": "tune"}
                {"subject": "s", "body": "b", "urgency": "general", "category": "other", "secondary_category": null}
                """);

        List<TriageCase> cases = TriageCase.read(set);

        assertThat(cases.get(0).received()).isEqualTo(Instant.parse("2026-01-16T11:20:00Z"));
        assertThat(cases.get(0).secondaryCategory()).isEqualTo("complaint");
        assertThat(cases.get(0).split()).isEqualTo("tune");
        assertThat(cases.get(1).id()).isEqualTo("line-2");
        assertThat(cases.get(1).split()).isEmpty();
        assertThat(cases.get(1).received()).isNull();
    }

    @Test
    void anUnknownSplitNamesItsLine() throws Exception {
        Path set = Files.writeString(Files.createTempFile("triage", ".jsonl"),
                "{\"subject\": \"s\", \"body\": \"b\", \"urgency\": \"urgent\", \"category\": \"other\", \"split\": \"test\"}\n");

        assertThatThrownBy(() -> TriageCase.read(set)).hasMessageContaining(":1: split must be one of");
    }
}
