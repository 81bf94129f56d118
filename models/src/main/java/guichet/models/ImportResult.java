package guichet.models;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param imported each file installed, with the model it now belongs to
 * @param completed the models whose files are now all present
 * @param missing for each model that received files but is still incomplete, the file names it lacks
 * @param skipped files of a folder that were left alone, each with the reason
 * @param warnings things the operator must know, e.g. that an imported model has not been qualified
 */
public record ImportResult(List<ImportedFile> imported, List<InstalledModel> completed,
                           Map<String, List<String>> missing, List<String> skipped, List<String> warnings) {

    /**
     * One file installed.
     *
     * @param source where it was imported from
     * @param modelId the model it belongs to
     * @param fileName its name in the model's folder
     * @param local whether that model is a local (uncatalogued) one
     */
    public record ImportedFile(Path source, String modelId, String fileName, boolean local) {
    }

    public ImportResult {
        imported = List.copyOf(imported);
        completed = List.copyOf(completed);
        missing = Collections.unmodifiableMap(new LinkedHashMap<>(missing));
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }
}
