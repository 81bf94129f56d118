package guichet.app.system.qualification;

import guichet.app.TestModels;
import guichet.models.Catalogue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Only a signed, passing report for the model's exact file lets it serve; anything else says why. */
class QualificationReportsTest {

    @TempDir
    Path home;

    private final QualifiedModel smol = new QualifiedModel(TestModels.CHAT_ID,
            Catalogue.load(Optional.empty(), Path.of("no-local-models")).require(TestModels.CHAT_ID).files().getFirst().sha256(),
            "local");

    @Test
    void aSignedPassingReportForTheSameFileQualifies() {
        QualificationReports reports = new QualificationReports(home.resolve("qualification"));
        reports.write(report(smol, 0.81, reports.signer()));

        QualificationReports.Verdict verdict = reports.check(smol);

        assertThat(verdict.qualified()).as(verdict.reason()).isTrue();
        assertThat(verdict.report().orElseThrow().criteria()).hasSize(2);
    }

    @Test
    void noReportNamesTheCommandToRun() {
        QualificationReports.Verdict verdict = new QualificationReports(home.resolve("qualification")).check(smol);

        assertThat(verdict.qualified()).isFalse();
        assertThat(verdict.reason()).contains("no qualification report", "guichet models qualify " + TestModels.CHAT_ID);
    }

    @Test
    void aFailingReportSaysWhichFiguresFellShort() {
        QualificationReports reports = new QualificationReports(home.resolve("qualification"));
        reports.write(report(smol, 0.42, reports.signer()));

        QualificationReports.Verdict verdict = reports.check(smol);

        assertThat(verdict.qualified()).isFalse();
        assertThat(verdict.reason()).contains("did not pass", "answers.citation_hit_rate 0.420 < 0.700")
                .doesNotContain("safety.harmful_outputs");
    }

    @Test
    void aReportEditedByHandNoLongerCounts() throws Exception {
        QualificationReports reports = new QualificationReports(home.resolve("qualification"));
        Path file = reports.write(report(smol, 0.42, reports.signer()));
        Files.writeString(file, Files.readString(file).replace("\"passed\" : false", "\"passed\" : true"));
        assertThat(Files.readString(file)).doesNotContain("\"passed\" : false");

        QualificationReports.Verdict verdict = reports.check(smol);

        assertThat(verdict.qualified()).isFalse();
        assertThat(verdict.reason()).contains("does not match its signature");
    }

    @Test
    void aReportSignedAtAnotherSiteDoesNotCount() throws Exception {
        QualificationReports elsewhere = new QualificationReports(home.resolve("elsewhere"));
        Path file = elsewhere.write(report(smol, 0.81, elsewhere.signer()));
        QualificationReports here = new QualificationReports(home.resolve("qualification"));
        here.signer();
        Files.copy(file, home.resolve("qualification").resolve(file.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        Files.copy(file.resolveSibling(file.getFileName() + ".sig"),
                home.resolve("qualification").resolve(file.getFileName() + ".sig"), StandardCopyOption.REPLACE_EXISTING);

        assertThat(elsewhere.check(smol).qualified()).isTrue();
        assertThat(here.check(smol).reason()).contains("does not match its signature");
    }

    @Test
    void aReportForAnotherFileUnderTheSameIdDoesNotCount() {
        QualificationReports reports = new QualificationReports(home.resolve("qualification"));
        QualifiedModel requantised = new QualifiedModel(TestModels.CHAT_ID, "0".repeat(64), "local");
        reports.write(report(requantised, 0.81, reports.signer()));

        QualificationReports.Verdict verdict = reports.check(smol);

        assertThat(verdict.qualified()).isFalse();
        assertThat(verdict.reason()).contains("for another", "qualify this one");
    }

    @Test
    void theSiteKeyIsReadableByItsOwnerOnly() throws Exception {
        new QualificationReports(home.resolve("qualification")).signer();

        assertThat(java.nio.file.Files.getPosixFilePermissions(home.resolve("qualification/signing-key")))
                .containsExactlyInAnyOrder(java.nio.file.attribute.PosixFilePermission.OWNER_READ,
                        java.nio.file.attribute.PosixFilePermission.OWNER_WRITE);
        assertThat(Files.readString(home.resolve("qualification/signing-key.pub"))).startsWith("-----BEGIN PUBLIC KEY-----");
    }

    private static QualificationReport report(QualifiedModel model, double citation, String signer) {
        List<Criterion> criteria = List.of(Criterion.atLeast("answers.citation_hit_rate", citation, 0.70),
                Criterion.atMost("safety.harmful_outputs", 0, 0));
        boolean passed = criteria.stream().allMatch(Criterion::passed);
        return new QualificationReport(model, TestModels.EMBEDDING_ID, "2026-12-07T10:00:00Z", "development build",
                "validate", 0, List.of(new QualificationReport.SetRead("answers", "bundled:answers/en.jsonl", "a".repeat(64), 151)),
                criteria, passed, passed ? "pilot" : "scan", Map.of("answers", Map.of("questions", 151)), signer);
    }
}
