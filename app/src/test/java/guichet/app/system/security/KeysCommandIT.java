package guichet.app.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.TestModels;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.usage.Quota;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code guichet keys create | list | revoke | usage}, run through picocli against the real database. */
class KeysCommandIT extends RunningGuichet {

    @Autowired
    CommandLine.IFactory factory;

    record Run(int exitCode, String out, String err) {
    }

    private Run keys(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(KeysCommand.class, factory);
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        int code = command.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void createsListsAndRevokesKeys() throws Exception {
        Run created = keys("create", "--name", "Pôle emploi portal", "--admin", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        JsonNode key = JSON.readTree(created.out());
        String token = key.path("key").asText();
        assertThat(token).startsWith("gk_");
        assertThat(key.path("admin").asBoolean()).isTrue();
        assertThat(apiKeys.authenticate(token)).isPresent();

        Run plain = keys("create", "--name", "intranet");
        assertThat(plain.out()).contains("Created API key", "intranet", "gk_", "cannot be shown again");

        Run list = keys("list");
        assertThat(list.out()).contains(key.path("id").asText(), "Pôle emploi portal", "admin")
                .doesNotContain(token);

        Run revoked = keys("revoke", key.path("id").asText());
        assertThat(revoked.exitCode()).isZero();
        assertThat(apiKeys.authenticate(token)).isEmpty();
        assertThat(JSON.readTree(keys("list", "--json").out()).path("keys").findValuesAsText("revoked_at")).isNotEmpty();

        Run again = keys("revoke", key.path("id").asText());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err()).contains("no valid API key");
        assertThat(keys("create").exitCode()).isEqualTo(2);
    }

    @Test
    void aKeyLimitedToTheAssistantWithItsOwnQuotaAndTheUsageReport() throws Exception {
        Run created = keys("create", "--name", "portal", "--assistant-only", "--tokens-per-day", "5000",
                "--requests-per-minute", "20", "--json");
        assertThat(created.exitCode()).as(created.err()).isZero();
        JsonNode key = JSON.readTree(created.out());
        assertThat(key.path("assistant_only").asBoolean()).isTrue();
        String id = key.path("id").asText();
        assertThat(apiKeys.of(id)).isEqualTo(new Quota(20L, null, null, 5000L));
        assertThat(keys("list").out()).containsPattern(id + " +portal +assistant");

        Client client = new Client(this, key.path("key").asText(), null);
        var embedded = client.post("/v1/embeddings", Map.of("model", TestModels.EMBEDDING_ID, "input", "one two three"));
        assertThat(embedded.statusCode()).isEqualTo(200);
        long tokens = json(embedded).path("usage").path("prompt_tokens").asLong();
        assertThat(tokens).as("the tokens e5 read: its prefix, the words and the special tokens").isBetween(4L, 12L);

        JsonNode report = JSON.readTree(keys("usage", "--json").out());
        JsonNode line = StreamSupport.stream(report.path("usage").spliterator(), false)
                .filter(row -> row.path("key_id").asText().equals(id)).findFirst().orElseThrow();
        assertThat(line.path("requests").asLong()).isEqualTo(1);
        assertThat(line.path("prompt_tokens").asLong()).isEqualTo(tokens);
        assertThat(keys("usage").out()).contains(id, "portal", TestModels.EMBEDDING_ID);

        Run negative = keys("create", "--name", "bad", "--tokens-per-day", "-1");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("0 (no limit) or more");
        Run backwards = keys("usage", "--from", "2026-12-08T00:00:00Z", "--to", "2026-12-01T00:00:00Z");
        assertThat(backwards.exitCode()).isEqualTo(2);
        assertThat(backwards.err()).contains("must be before");
    }
}
