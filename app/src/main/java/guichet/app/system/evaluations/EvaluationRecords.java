package guichet.app.system.evaluations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The last report of each evaluation command, kept under {@code <home>/evaluations/<name>.json}, so that the
 * transparency record shows measured figures with their dates rather than figures written by hand.
 */
@Component
public class EvaluationRecords {

    private static final Logger LOG = LoggerFactory.getLogger(EvaluationRecords.class);
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");
    /** Lists longer than this, or of objects with an id, are per-case rows, not figures. */
    private static final int MAX_FIGURE_LIST = 8;

    private final Path folder;
    private final Clock clock;

    EvaluationRecords(@Value("${guichet.home}") String home, Clock clock) {
        this.folder = Path.of(home).resolve("evaluations");
        this.clock = clock;
    }

    /**
     * Keeps {@code report} (serialised as the command prints it with {@code --json}) as the last run of {@code name}.
     * A failure to write is logged: the evaluation's figures were printed all the same.
     */
    public void save(String name, Path set, String split, Object report) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an evaluation name: " + name);
        }
        ObjectNode run = JSON.createObjectNode();
        run.put("name", name);
        run.put("ran_at", clock.instant().toString());
        run.put("set", set == null ? "" : set.getFileName().toString());
        run.put("split", split == null ? "" : split);
        run.set("report", JSON.valueToTree(report));
        try {
            Files.createDirectories(folder);
            Path temporary = folder.resolve(name + ".json.tmp");
            Files.writeString(temporary, JSON.writeValueAsString(run), StandardCharsets.UTF_8);
            Files.move(temporary, folder.resolve(name + ".json"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            LOG.warn("could not keep the {} evaluation's report in {}: {}", name, folder, e.toString());
        }
    }

    /** The last run of every evaluation kept, by name. */
    public List<EvaluationRun> latest() {
        List<EvaluationRun> runs = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return runs;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList()) {
                try {
                    JsonNode run = JSON.readTree(file.toFile());
                    runs.add(new EvaluationRun(run.path("name").asText(), Instant.parse(run.path("ran_at").asText()),
                            run.path("set").asText(), run.path("split").asText(), figures(run.path("report"))));
                } catch (IOException | RuntimeException e) {
                    LOG.warn("skipping an unreadable evaluation report {}: {}", file, e.toString());
                }
            }
        } catch (IOException e) {
            LOG.warn("cannot list {}: {}", folder, e.toString());
        }
        return runs;
    }

    /** A report's numbers and short texts, with short lists of objects (per split), without per-case rows. */
    private static Map<String, Object> figures(JsonNode report) {
        Map<String, Object> figures = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = report.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            if (value.isNumber() || value.isBoolean() || (value.isTextual() && value.asText().length() <= 80)) {
                figures.put(field.getKey(), JSON.convertValue(value, Object.class));
            } else if (value.isObject() && value.size() <= 20 && allScalar(value)) {
                figures.put(field.getKey(), JSON.convertValue(value, Object.class));
            } else if (value.isArray() && value.size() <= MAX_FIGURE_LIST && value.size() > 0 && value.get(0).isObject()
                    && !value.get(0).has("id")) {
                figures.put(field.getKey(), JSON.convertValue(value, Object.class));
            }
        }
        return figures;
    }

    private static boolean allScalar(JsonNode node) {
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                return false;
            }
        }
        return true;
    }
}
