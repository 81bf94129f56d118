package guichet.app.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.ask.api.RunningGuichet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code guichet keys create | list | revoke}, run through picocli against the real database. */
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
}
