package guichet.app.system.security;

import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.system.cli.CliErrors;
import guichet.app.system.cli.OperatorClient;
import guichet.app.system.cli.ServerUnavailableException;
import guichet.app.system.cli.ThroughServer;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.Quota;
import picocli.CommandLine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code guichet keys} while a server runs on the same home: the same command, its keys kept through
 * the server's admin API ({@code /api/v1/admin/keys}) with the server's local operator token.
 */
public final class KeysThroughServer implements ThroughServer {

    @Override
    public String command() {
        return "keys";
    }

    @Override
    public int run(OperatorClient server, String[] commandArgs) {
        KeyRegistry registry = new ServerKeys(server);
        CommandLine line = new CommandLine(KeysCommand.class, new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> type) throws Exception {
                Object command = type == KeysCommand.Create.class ? new KeysCommand.Create(registry)
                        : type == KeysCommand.ListKeys.class ? new KeysCommand.ListKeys(registry)
                        : type == KeysCommand.Revoke.class ? new KeysCommand.Revoke(registry)
                        : type == KeysCommand.Usage.class ? new KeysCommand.Usage(registry)
                        : CommandLine.defaultFactory().create(type);
                return type.cast(command);
            }
        });
        line.setUsageHelpWidth(120);
        line.setExecutionExceptionHandler((error, command, parseResult) -> {
            command.getErr().println("guichet: " + CliErrors.describe(error));
            command.getErr().flush();
            return CliErrors.exitCode(error);
        });
        return line.execute(commandArgs);
    }

    /** The keys of the server behind {@code server}. */
    static final class ServerKeys implements KeyRegistry {

        private static final String PATH = "/api/v1/admin/keys";

        private final OperatorClient server;

        ServerKeys(OperatorClient server) {
            this.server = server;
        }

        @Override
        public ApiKeys.IssuedKey create(String name, boolean admin, boolean assistantOnly, Quota quota) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("name", name);
            body.put("admin", admin);
            body.put("assistant_only", assistantOnly);
            body.put("requests_per_minute", quota.requestsPerMinute());
            body.put("requests_per_day", quota.requestsPerDay());
            body.put("tokens_per_minute", quota.tokensPerMinute());
            body.put("tokens_per_day", quota.tokensPerDay());
            OperatorClient.Response response = server.post(PATH, body);
            if (response.status() == 400) {
                throw new IllegalArgumentException(response.detail());
            }
            JsonNode row = expectOk(response);
            return new ApiKeys.IssuedKey(key(row), row.path("key").asText());
        }

        @Override
        public List<ApiKeys.ApiKey> list() {
            List<ApiKeys.ApiKey> keys = new ArrayList<>();
            expectOk(server.get(PATH)).path("keys").forEach(row -> keys.add(key(row)));
            return keys;
        }

        @Override
        public List<ModelUsage.Line> usage(Instant from, Instant to) {
            List<ModelUsage.Line> lines = new ArrayList<>();
            expectOk(server.get("/api/v1/admin/usage?from=" + from + "&to=" + to)).path("usage").forEach(row ->
                    lines.add(new ModelUsage.Line(row.path("key_id").asText(), row.path("model").asText(),
                            row.path("requests").asLong(), row.path("prompt_tokens").asLong(),
                            row.path("completion_tokens").asLong())));
            return lines;
        }

        @Override
        public boolean revoke(String id) {
            OperatorClient.Response response = server.post(PATH + "/" + java.net.URLEncoder.encode(id,
                    java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/revoke", Map.of());
            if (response.status() == 404) {
                return false;
            }
            expectOk(response);
            return true;
        }

        private JsonNode expectOk(OperatorClient.Response response) {
            if (!response.ok()) {
                throw new ServerUnavailableException("the Guichet server at " + server.url()
                        + " could not do it: " + response.detail(), null);
            }
            return response.body();
        }

        private static ApiKeys.ApiKey key(JsonNode row) {
            String revoked = row.path("revoked_at").asText(null);
            return new ApiKeys.ApiKey(row.path("id").asText(), row.path("name").asText(), row.path("starts_with").asText(),
                    row.path("admin").asBoolean(), row.path("assistant_only").asBoolean(),
                    Instant.parse(row.path("created_at").asText()),
                    revoked == null || revoked.isBlank() ? null : Instant.parse(revoked));
        }
    }
}
