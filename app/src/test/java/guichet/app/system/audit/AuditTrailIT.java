package guichet.app.system.audit;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.system.audit.command.AuditCommand;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running app writes its answers and key changes to the audit trail, and {@code guichet audit verify | export}
 * read it: the answer's entry names the conversation, the models with their checksums and the sources, never the
 * question.
 */
class AuditTrailIT extends RunningGuichet {

    private static final String QUESTION = "What is the national minimum wage for a 19 year old apprentice?";

    @Autowired
    CommandLine.IFactory factory;

    record Run(int exitCode, String out, String err) {
    }

    private Run audit(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(AuditCommand.class, factory);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return new Run(command.execute(args), out.toString(), err.toString());
    }

    @Test
    void anAnswerAndAKeyChangeAreAuditedAndTheTrailVerifies() throws Exception {
        Client citizen = citizen();
        String id = citizen.startConversation("en");
        HttpResponse<String> asked = citizen.post("/api/v1/conversations/" + id + "/messages", Map.of("message", QUESTION),
                "Accept", "application/json");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(JSON.readTree(asked.body()).path("aiNotice").asText()).startsWith("Written by an AI assistant");
        String keyId = apiKeys.create("audited client", false).key().id();

        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Run export = audit("export", "--from", today);
        assertThat(export.exitCode()).as(export.err()).isZero();
        List<JsonNode> entries = export.out().lines().map(line -> {
            try {
                return JSON.readTree(line);
            } catch (Exception e) {
                throw new AssertionError("not a JSON line: " + line, e);
            }
        }).toList();
        JsonNode answer = entries.stream()
                .filter(e -> e.path("kind").asText().equals("answer") && e.path("subject").asText().equals(Pseudonyms.conversation(id)))
                .findFirst().orElseThrow(() -> new AssertionError("no answer entry for " + id + " in\n" + export.out()));
        assertThat(answer.path("actor").asText()).startsWith("citizen:");
        assertThat(answer.path("detail").path("status").asText()).isEqualTo("answered");
        assertThat(answer.path("detail").path("embedder_sha256").asText()).hasSize(64);
        assertThat(answer.path("detail").path("sources").findValuesAsText("url"))
                .anySatisfy(url -> assertThat(url).startsWith("https://www.gov.uk/national-minimum-wage-rates"));
        assertThat(answer.path("detail").path("checks").size()).isPositive();
        assertThat(answer.toString()).doesNotContain("19 year old", "What is the", id);
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.path("kind").asText()).isEqualTo("key.created");
            assertThat(e.path("subject").asText()).isEqualTo("key:" + keyId);
        });

        Run verify = audit("verify", "--json");
        assertThat(verify.exitCode()).as(verify.out() + verify.err()).isZero();
        JsonNode result = JSON.readTree(verify.out());
        assertThat(result.path("intact").asBoolean()).isTrue();
        assertThat(result.path("entries").asLong()).isGreaterThanOrEqualTo(2);

        assertThat(audit("export", "--from", "yesterday").exitCode()).isEqualTo(2);
        assertThat(audit("export", "--from", today, "--to", "2020-01-01").exitCode()).isEqualTo(2);
    }
}
