package guichet.app.system.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import guichet.app.system.files.OwnerOnlyFile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where a running server takes operator requests and the secret that lets a local command use them:
 * the file {@code <home>/run/operator.json}, readable by the account that runs Guichet only. A command
 * that finds it goes through the server instead of opening the database the server holds.
 *
 * @param url the server's own address on the loopback interface
 * @param token the admin token of this server's lifetime (never stored in the database)
 * @param pid the server's process id
 */
public record OperatorEndpoint(String url, String token, long pid) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The file a server with home {@code home} writes. */
    public static Path file(Path home) {
        return home.resolve("run").resolve("operator.json");
    }

    /** The endpoint written under {@code home}, if there is a readable one. */
    public static Optional<OperatorEndpoint> read(Path home) {
        Path file = file(home);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(Files.readString(file, StandardCharsets.UTF_8));
            String url = node.path("url").asText("");
            String token = node.path("token").asText("");
            return url.isBlank() || token.isBlank() ? Optional.empty()
                    : Optional.of(new OperatorEndpoint(url, token, node.path("pid").asLong(-1)));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Writes this endpoint under {@code home}, replacing an older one, with owner-only permissions. */
    public void write(Path home) throws IOException {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("url", url);
        fields.put("token", token);
        fields.put("pid", pid);
        OwnerOnlyFile.write(file(home), JSON.writeValueAsString(fields).getBytes(StandardCharsets.UTF_8));
    }

    /** Removes the file under {@code home} if it is still this endpoint's (a newer server may have replaced it). */
    public void remove(Path home) throws IOException {
        if (read(home).filter(this::equals).isPresent()) {
            Files.deleteIfExists(file(home));
        }
    }
}
