package guichet.app.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.GuichetProcess;
import guichet.app.ask.api.RunningGuichet;
import guichet.app.system.cli.OperatorEndpoint;
import org.junit.jupiter.api.Test;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guichet keys} run as a separate process while the server holds the database: it goes through the
 * server's admin API with the local operator token, where it used to fail with H2's "database may be already
 * in use" and a page of Spring errors.
 */
class KeysThroughServerIT extends RunningGuichet {

    @Test
    void keysAreManagedThroughTheRunningServer() throws Exception {
        GuichetProcess guichet = new GuichetProcess(home());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(OperatorEndpoint.file(home()))))
                .isEqualTo("rw-------");

        GuichetProcess.Result created = guichet.run("keys", "create", "--name", "Portail régional", "--admin", "--json");
        assertThat(created.exitCode()).as(created.output()).isZero();
        JsonNode key = JSON.readTree(created.output().lines().filter(line -> line.startsWith("{")).findFirst().orElseThrow());
        String token = key.path("key").asText();
        assertThat(apiKeys.authenticate(token)).isPresent();
        assertThat(key.path("admin").asBoolean()).isTrue();

        GuichetProcess.Result listed = guichet.run("keys", "list");
        assertThat(listed.exitCode()).as(listed.output()).isZero();
        assertThat(listed.output()).contains(key.path("id").asText(), "Portail régional").doesNotContain(token);

        assertThat(guichet.run("keys", "revoke", key.path("id").asText()).exitCode()).isZero();
        assertThat(apiKeys.authenticate(token)).isEmpty();
        GuichetProcess.Result again = guichet.run("keys", "revoke", key.path("id").asText());
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.output()).contains("no valid API key");

        GuichetProcess.Result blank = guichet.run("keys", "create", "--name", " ");
        assertThat(blank.exitCode()).isEqualTo(2);
        assertThat(blank.output()).contains("1 to 100 characters");
    }

    @Test
    void aCommandThatNeedsTheDatabaseSaysInOneLineThatTheServerHoldsIt() throws Exception {
        GuichetProcess.Result train = new GuichetProcess(home()).run("triage", "train");
        assertThat(train.exitCode()).as(train.output()).isEqualTo(5);
        assertThat(train.output()).contains("guichet: the database is in use by another process")
                .doesNotContain("SQL State", "Exception", "\tat ");
    }

    @Test
    void theOperatorTokenOpensTheAdminApiOnlyWhileItsServerRuns() throws Exception {
        String token = OperatorEndpoint.read(home()).orElseThrow().token();
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> keys = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/keys"))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(keys.statusCode()).isEqualTo(200);
        HttpResponse<String> forged = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/keys"))
                .header("Authorization", "Bearer " + token.substring(0, token.length() - 2) + "xx").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(forged.statusCode()).isEqualTo(401);
        HttpResponse<String> client = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/keys"))
                .header("Authorization", "Bearer " + apiKeys.create("plain client", false).token()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(client.statusCode()).isEqualTo(403);

        // an admin key manages keys over the same API, and the audit trail names it
        ApiKeys.IssuedKey admin = apiKeys.create("operations team", true);
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/keys"))
                .header("Authorization", "Bearer " + admin.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\": \"statistics export\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = JSON.readTree(created.body()).path("id").asText();
        assertThat(jdbc.sql("select actor from audit_entry where kind = 'key.created' and subject = ?").param("key:" + id)
                .query(String.class).single()).isEqualTo("key:" + admin.key().id());
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(uri("/api/v1/admin/keys/no-such-key/revoke"))
                .header("Authorization", "Bearer " + admin.token()).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("application/problem+json"));
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;
}
