package guichet.app.system.qualification;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Optional;

/**
 * The signed qualification reports under {@code <home>/qualification/}: one per chat model, its detached Ed25519
 * signature beside it ({@code .sig}, base64), so that a hand-edited report, or one brought from another site, does
 * not count.
 */
@Component
public class QualificationReports {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path folder;
    private final ReportSigner signer;

    @Autowired
    QualificationReports(@Value("${guichet.home}") String home) {
        this(Path.of(home).resolve("qualification"));
    }

    QualificationReports(Path folder) {
        this.folder = folder;
        this.signer = new ReportSigner(folder);
    }

    /** A model's report as it stands, and whether it lets the model serve. */
    public record Verdict(boolean qualified, String reason, Optional<QualificationReport> report) {
    }

    /** The SHA-256 of the key that signs the reports, made now if there is none yet. */
    public String signer() {
        return signer.fingerprint();
    }

    /** Signs and keeps {@code report} as the model's report, replacing the last one; returns the report's file. */
    public Path write(QualificationReport report) {
        try {
            Files.createDirectories(folder);
            byte[] bytes = JSON.writeValueAsBytes(report);
            Path file = reportFile(report.model().id());
            Files.write(file, bytes);
            Files.writeString(signatureFile(file), Base64.getEncoder().encodeToString(signer.sign(bytes)) + "\n",
                    StandardCharsets.US_ASCII);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the qualification report in " + folder, e);
        }
    }

    /** Whether {@code model} has a signed, passing report for exactly this file; if not, why, in one sentence. */
    public Verdict check(QualifiedModel model) {
        Path file = reportFile(model.id());
        Path signature = signatureFile(file);
        if (!Files.isRegularFile(file)) {
            return refused("chat model " + model.id() + " has no qualification report in " + folder
                    + ": run `guichet models qualify " + model.id() + "`", null);
        }
        QualificationReport report;
        try {
            byte[] bytes = Files.readAllBytes(file);
            boolean signed = Files.isRegularFile(signature) && signer.verify(bytes,
                    Base64.getDecoder().decode(Files.readString(signature, StandardCharsets.US_ASCII).strip()));
            if (!signed) {
                return refused("the qualification report " + file + " does not match its signature (edited, or signed "
                        + "by another site's key): run `guichet models qualify " + model.id() + "` again", null);
            }
            report = JSON.readValue(bytes, QualificationReport.class);
        } catch (IOException | IllegalArgumentException e) {
            return refused("the qualification report " + file + " cannot be read (" + e.getMessage() + "): run "
                    + "`guichet models qualify " + model.id() + "` again", null);
        }
        if (!report.model().sha256().equals(model.sha256()) || !report.model().backend().equals(model.backend())) {
            return refused("the qualification report " + file + " is for another " + report.model().describe()
                    + " than the one configured, " + model.describe() + ": qualify this one", report);
        }
        if (!report.passed()) {
            return refused("chat model " + model.id() + " did not pass qualification on " + report.qualifiedAt()
                    + " (" + report.failures() + ")", report);
        }
        return new Verdict(true, "chat model " + model.id() + " passed qualification on " + report.qualifiedAt(),
                Optional.of(report));
    }

    /** The report of {@code modelId}'s file name: catalogue ids are safe; a chat file's name may not be. */
    Path reportFile(String modelId) {
        return folder.resolve(modelId.replaceAll("[^A-Za-z0-9._-]", "_") + ".json");
    }

    private static Path signatureFile(Path report) {
        return report.resolveSibling(report.getFileName() + ".sig");
    }

    private static Verdict refused(String reason, QualificationReport report) {
        return new Verdict(false, reason, Optional.ofNullable(report));
    }
}
