package guichet.app.system.security;

import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import guichet.app.system.cli.ExitCode;
import guichet.app.system.usage.ModelUsage;
import guichet.app.system.usage.Quota;
import guichet.app.system.usage.UsageReport;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code guichet keys}: create, list and revoke the API keys of API clients. The commands are
 * prototypes: each command line gets fresh option fields.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = {"Manage API keys: API clients send them as 'Authorization: Bearer gk_...'.",
                "Only a hash of each key is stored: a key is shown once, when it is created."},
        subcommands = {KeysCommand.Create.class, KeysCommand.ListKeys.class, KeysCommand.Revoke.class,
                KeysCommand.Usage.class})
public class KeysCommand extends CommandGroup implements FeatureCommand {

    private static final ObjectMapper JSON = JsonMapper.builder().findAndAddModules().build();


    /** {@code keys create}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "create", mixinStandardHelpOptions = true, description = "Create an API key and print it once.")
    static class Create implements Callable<Integer> {

        private final KeyRegistry keys;

        @Option(names = "--name", required = true, paramLabel = "NAME", description = "Who the key is for (1 to 100 characters).")
        String name;

        @Option(names = "--admin", description = "Let the key use the operator endpoints (/actuator, /api/v1/admin).")
        boolean admin;

        @Option(names = "--assistant-only", description = "Limit the key to the grounded assistant (model \"guichet\"): "
                + "no raw chat model through /v1.")
        boolean assistantOnly;

        @Option(names = "--requests-per-minute", paramLabel = "N", description = "The key's own quota on the OpenAI API "
                + "(default: guichet.api.quotas.requests-per-minute; 0: none).")
        Long requestsPerMinute;

        @Option(names = "--requests-per-day", paramLabel = "N", description = "Requests a day (UTC), as above.")
        Long requestsPerDay;

        @Option(names = "--tokens-per-minute", paramLabel = "N", description = "Prompt and completion tokens a minute.")
        Long tokensPerMinute;

        @Option(names = "--tokens-per-day", paramLabel = "N", description = "Prompt and completion tokens a day (UTC).")
        Long tokensPerDay;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Create(KeyRegistry keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() throws Exception {
            if (name.isBlank() || name.strip().length() > 100) {
                spec.commandLine().getErr().println("guichet: a key name must have 1 to 100 characters");
                return ExitCode.USAGE.code();
            }
            Quota quota;
            try {
                quota = new Quota(requestsPerMinute, requestsPerDay, tokensPerMinute, tokensPerDay);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("guichet: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            ApiKeys.IssuedKey issued = keys.create(name, admin, assistantOnly, quota);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                Map<String, Object> row = row(issued.key());
                row.put("key", issued.token());
                out.println(JSON.writeValueAsString(row));
                return 0;
            }
            out.println("Created API key " + issued.key().id() + " (" + issued.key().name()
                    + (admin ? ", admin" : "") + (assistantOnly ? ", assistant only" : "") + "):");
            out.println(issued.token());
            out.println("Store it now: it cannot be shown again.");
            return 0;
        }
    }

    /** {@code keys list}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List API keys (never the keys themselves).")
    static class ListKeys implements Callable<Integer> {

        private final KeyRegistry keys;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        ListKeys(KeyRegistry keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() throws Exception {
            List<ApiKeys.ApiKey> all = keys.list();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(Map.of("keys", all.stream().map(KeysCommand::row).toList())));
                return 0;
            }
            out.printf("%-13s %-30s %-9s %-14s %-20s %s%n", "ID", "NAME", "ROLE", "STARTS WITH", "CREATED", "REVOKED");
            for (ApiKeys.ApiKey key : all) {
                out.printf("%-13s %-30s %-9s %-14s %-20s %s%n", key.id(), key.name(),
                        key.admin() ? "admin" : key.assistantOnly() ? "assistant" : "client",
                        key.tokenPrefix() + "…", key.createdAt().toString().substring(0, 19),
                        key.revoked() ? key.revokedAt().toString().substring(0, 19) : "");
            }
            return 0;
        }
    }

    /** {@code keys revoke}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "revoke", mixinStandardHelpOptions = true, description = "Revoke an API key: it stops working at once.")
    static class Revoke implements Callable<Integer> {

        private final KeyRegistry keys;

        @Parameters(paramLabel = "ID", description = "The key's id (see: guichet keys list).")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Revoke(KeyRegistry keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() {
            if (!keys.revoke(id)) {
                spec.commandLine().getErr().println("guichet: no valid API key has the id " + id
                        + " (see: guichet keys list)");
                return ExitCode.USAGE.code();
            }
            spec.commandLine().getOut().println("Revoked API key " + id + ".");
            return 0;
        }
    }

    /** {@code keys usage}. */
    @Component
    @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
    @Command(name = "usage", mixinStandardHelpOptions = true,
            description = "Requests and tokens through the OpenAI API by key and model, from the database.")
    static class Usage implements Callable<Integer> {

        private final KeyRegistry keys;

        @Option(names = "--from", paramLabel = "INSTANT", description = "Start, e.g. 2026-12-01T00:00:00Z (default: 30 days ago).")
        Instant from;

        @Option(names = "--to", paramLabel = "INSTANT", description = "End, exclusive (default: now).")
        Instant to;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Usage(KeyRegistry keys) {
            this.keys = keys;
        }

        @Override
        public Integer call() throws Exception {
            Instant[] period;
            try {
                period = UsageReport.period(from, to, Clock.systemUTC());
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("guichet: " + e.getMessage());
                return ExitCode.USAGE.code();
            }
            List<ModelUsage.Line> lines = keys.usage(period[0], period[1]);
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                out.println(JSON.writeValueAsString(UsageReport.json(period[0], period[1], lines)));
                return 0;
            }
            Map<String, String> names = new LinkedHashMap<>();
            keys.list().forEach(key -> names.put(key.id(), key.name()));
            out.printf("Usage from %s to %s%n", period[0], period[1]);
            out.printf("%-13s %-30s %-32s %9s %13s %13s%n", "KEY", "NAME", "MODEL", "REQUESTS", "PROMPT TOKENS",
                    "OUTPUT TOKENS");
            for (ModelUsage.Line line : lines) {
                out.printf("%-13s %-30s %-32s %9d %13d %13d%n", line.keyId(), names.getOrDefault(line.keyId(), ""),
                        line.model(), line.requests(), line.promptTokens(), line.completionTokens());
            }
            return 0;
        }
    }

    /** A key as the command's JSON and the admin API show it. */
    static Map<String, Object> row(ApiKeys.ApiKey key) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", key.id());
        row.put("name", key.name());
        row.put("admin", key.admin());
        row.put("assistant_only", key.assistantOnly());
        row.put("starts_with", key.tokenPrefix());
        row.put("created_at", key.createdAt().toString());
        row.put("revoked_at", key.revoked() ? key.revokedAt().toString() : null);
        return row;
    }
}
