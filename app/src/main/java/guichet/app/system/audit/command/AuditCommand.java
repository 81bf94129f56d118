package guichet.app.system.audit.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import guichet.app.system.audit.AuditEntry;
import guichet.app.system.audit.AuditTrail;
import guichet.app.system.audit.AuditVerification;
import guichet.app.system.audit.AuditVerifier;
import guichet.app.system.audit.bias.BiasAudit;
import guichet.app.system.audit.bias.BiasHtml;
import guichet.app.system.audit.bias.BiasProperties;
import guichet.app.system.audit.bias.BiasReport;
import guichet.app.system.audit.bias.CounterfactualProbe;
import org.springframework.beans.factory.ObjectProvider;
import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.ExitCode;
import guichet.app.system.cli.FeatureCommand;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code guichet audit}: check the audit trail's chain, export it. */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"The audit trail: every answer, desk approval and send, adviser view, key change and erasure,",
                "hash-chained so that an edited, deleted or re-ordered entry is found (ADR 35); and the bias audit."},
        subcommands = {AuditCommand.Verify.class, AuditCommand.Export.class, AuditCommand.Bias.class})
public class AuditCommand extends CommandGroup implements FeatureCommand {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();

    /** {@code audit verify}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Check every entry's hash, the chain from one entry to the next, its head and the anchors.",
                    "Exit code 0 when the trail is intact, 1 with the first bad entry when it is not."})
    static class Verify implements Callable<Integer> {

        private final AuditVerifier verifier;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Verify(AuditVerifier verifier) {
            this.verifier = verifier;
        }

        @Override
        public Integer call() throws IOException {
            AuditVerification result = verifier.verify();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("intact", result.intact());
                row.put("entries", result.checked());
                row.put("first", result.first());
                row.put("last", result.last());
                row.put("from", result.from() == null ? null : result.from().toString());
                row.put("to", result.to() == null ? null : result.to().toString());
                row.put("anchors", result.anchors());
                row.put("first_bad_entry", result.breach().map(AuditVerification.Breach::seq).orElse(null));
                row.put("problem", result.breach().map(AuditVerification.Breach::problem).orElse(null));
                out.println(JSON.writeValueAsString(row));
            } else if (result.intact()) {
                out.println(result.checked() == 0 ? "The audit trail is intact: it has no entries yet."
                        : "The audit trail is intact: " + result.checked() + " entries (" + result.first() + " to "
                        + result.last() + ", " + result.from() + " to " + result.to() + "), " + result.anchors()
                        + " anchors.");
            } else {
                spec.commandLine().getErr().println("guichet: the audit trail was tampered with: "
                        + result.breach().orElseThrow().problem() + ".");
            }
            return result.intact() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
        }
    }

    /** {@code audit export}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the entries recorded between two days (UTC) as JSON lines, oldest first.")
    static class Export implements Callable<Integer> {

        private final AuditTrail trail;
        private final Clock clock;

        @Option(names = "--from", paramLabel = "DAY", description = "First day (2026-06-01) or instant; default: the first entry.")
        String from;

        @Option(names = "--to", paramLabel = "DAY", description = "Last day, included (2026-12-31), or instant (excluded); default: now.")
        String to;

        @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the standard output.")
        Path out;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Export(AuditTrail trail, Clock clock) {
            this.trail = trail;
            this.clock = clock;
        }

        @Override
        public Integer call() throws IOException {
            Instant start;
            Instant end;
            try {
                start = from == null ? Instant.EPOCH : instant(from, false);
                end = to == null ? clock.instant().plusSeconds(1) : instant(to, true);
            } catch (DateTimeParseException e) {
                spec.commandLine().getErr().println("guichet: --from and --to take a day (2026-12-31) or an instant "
                        + "(2026-12-31T08:00:00Z): " + e.getParsedString());
                return ExitCode.USAGE.code();
            }
            if (!end.isAfter(start)) {
                spec.commandLine().getErr().println("guichet: --to must come after --from");
                return ExitCode.USAGE.code();
            }
            long[] written = {0};
            try (Writer writer = out == null ? null : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                PrintWriter lines = writer == null ? spec.commandLine().getOut() : new PrintWriter(writer);
                trail.forEachBetween(start, end, entry -> {
                    lines.println(line(entry));
                    written[0]++;
                });
                lines.flush();
            }
            if (out != null) {
                spec.commandLine().getOut().println("Wrote " + written[0] + " audit entries to " + out + ".");
            }
            return ExitCode.OK.code();
        }

        private static Instant instant(String text, boolean endOfDay) {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(text);
        }

        private static String line(AuditEntry entry) {
            ObjectNode node = JSON.createObjectNode();
            node.put("seq", entry.seq());
            node.put("recorded_at", entry.recordedAt().toString());
            node.put("kind", entry.kind());
            node.put("actor", entry.actor());
            node.put("subject", entry.subject());
            try {
                node.set("detail", JSON.readTree(entry.detail()));
            } catch (IOException e) {
                node.put("detail", entry.detail()); // an edited entry: shown as it is; verify names it
            }
            node.put("previous_hash", entry.previousHash());
            node.put("hash", entry.hash());
            return node.toString();
        }
    }

    /** {@code audit bias}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "bias", mixinStandardHelpOptions = true,
            description = {"Counterfactual bias audit of the desk's triage and the eligibility rules: the same message or",
                    "situation varied only by name (gender- and origin-coded), language, age, disability or caring.",
                    "Flip rates and outcome rates per attribute with 95% intervals; exit code 1 when a flip rate",
                    "exceeds its threshold (guichet.audit.bias.max-flip-rate.<decision>.<attribute>) (ADR 37)."})
    static class Bias implements Callable<Integer> {

        private final ObjectProvider<CounterfactualProbe> probes;
        private final BiasProperties properties;
        private final Clock clock;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Option(names = "--html", paramLabel = "FILE", description = "Also write the report with its charts (SVG) to this HTML file.")
        Path html;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Bias(ObjectProvider<CounterfactualProbe> probes, BiasProperties properties, Clock clock) {
            this.probes = probes;
            this.properties = properties;
            this.clock = clock;
        }

        @Override
        public Integer call() throws IOException {
            BiasReport report = new BiasAudit(properties).run(probes.orderedStream().toList());
            PrintWriter out = spec.commandLine().getOut();
            if (html != null) {
                Files.writeString(html, BiasHtml.of(report, clock.instant().toString()), StandardCharsets.UTF_8);
            }
            if (json) {
                out.println(JSON.writeValueAsString(report));
            } else {
                for (BiasReport.Probe probe : report.probes()) {
                    out.printf("%s (%d variants; positive outcome: %s)%n", probe.name(), probe.variants(), probe.positiveOutcome());
                    for (BiasReport.Attribute attribute : probe.attributes()) {
                        BiasReport.Value widest = attribute.values().stream().filter(v -> !v.reference())
                                .max(java.util.Comparator.comparingDouble(v -> Math.abs(v.difference().estimate()))).orElse(null);
                        out.printf(java.util.Locale.ROOT, "  %-11s flips %3d/%-3d %5.1f%% (%4.1f-%4.1f)  %-15s%s%n",
                                attribute.name(), attribute.flips(), attribute.comparisons(), 100 * attribute.flipRate().estimate(),
                                100 * attribute.flipRate().low(), 100 * attribute.flipRate().high(),
                                attribute.threshold() == null ? "reported only"
                                        : (attribute.exceeded() ? "EXCEEDS " : "within ") + String.format(java.util.Locale.ROOT,
                                        "%.1f%%", 100 * attribute.threshold()),
                                widest == null ? "" : String.format(java.util.Locale.ROOT, "  largest %s-rate difference: %s %+.1f points",
                                        probe.positiveOutcome(), widest.value(), 100 * widest.difference().estimate()));
                        attribute.flipped().forEach(f -> out.println("      " + f));
                    }
                }
                out.println(report.passed() ? "Bias audit passed." : "Bias audit FAILED: a flip rate exceeds its threshold.");
                if (html != null) {
                    out.println("Report written to " + html + ".");
                }
            }
            return report.passed() ? ExitCode.OK.code() : ExitCode.FAILURE.code();
        }
    }
}
