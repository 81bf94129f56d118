package guichet.models;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One model of the catalogue: what it is, its pinned files, recommended settings and where to fetch it.
 *
 * @param id stable identifier, also the name of its folder in the models directory
 * @param task chat or embedding
 * @param isDefault whether it is the model used for its task when none is named
 * @param name human-readable name
 * @param publisher who published the weights and who packaged them
 * @param licence SPDX identifier or "unknown"
 * @param templateFamily chat template family (e.g. "chatml"), "unknown" when it cannot be told, empty for embedding models
 * @param languages language codes, or "multilingual"
 * @param description one sentence for the operator
 * @param files the pinned files; the first is the primary one
 * @param settings recommended settings as written in the catalogue (numbers, strings, booleans)
 * @param sources where to fetch it, in order of preference
 * @param local true for a model the operator imported that is not in any catalogue
 */
public record ModelEntry(String id, ModelTask task, boolean isDefault, String name, String publisher, String licence,
                         String templateFamily, List<String> languages, String description, List<ModelFile> files,
                         Map<String, Object> settings, List<ModelSource> sources, boolean local) {

    public ModelEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(task, "task");
        templateFamily = templateFamily == null ? "" : templateFamily;
        languages = List.copyOf(languages);
        files = List.copyOf(files);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        sources = List.copyOf(sources);
        if (files.isEmpty()) {
            throw new IllegalArgumentException("model " + id + " has no files");
        }
    }

    /** The pinned file called {@code fileName}, if the entry has one. */
    public Optional<ModelFile> file(String fileName) {
        return files.stream().filter(f -> f.name().equals(fileName)).findFirst();
    }

    /** Total bytes of all files. */
    public long totalSize() {
        return files.stream().mapToLong(ModelFile::size).sum();
    }

    /** A whole-number setting, if present and integral. */
    public OptionalInt intSetting(String key) {
        return settings.get(key) instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                ? OptionalInt.of(n.intValue()) : OptionalInt.empty();
    }

    /** A numeric setting, if present. */
    public Optional<Double> doubleSetting(String key) {
        return settings.get(key) instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
    }

    /** A text setting, if present. */
    public Optional<String> stringSetting(String key) {
        return settings.get(key) instanceof String s ? Optional.of(s) : Optional.empty();
    }

    /** A true/false setting, if present. */
    public Optional<Boolean> booleanSetting(String key) {
        return settings.get(key) instanceof Boolean b ? Optional.of(b) : Optional.empty();
    }
}
