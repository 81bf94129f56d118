package guichet.models;

import guichet.models.catalogue.CatalogueReader;
import guichet.models.catalogue.LocalCatalogue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models Guichet knows: the built-in catalogue, then the operator's override file (replacing or adding
 * entries by id), then the models the operator imported that no catalogue lists.
 */
public final class Catalogue {

    /** Classpath location of the built-in catalogue. */
    public static final String BUILT_IN = "guichet/models/catalogue.json";

    private static final Logger log = LoggerFactory.getLogger(Catalogue.class);

    private final List<ModelEntry> entries;

    private Catalogue(List<ModelEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /** Loads and checks the three layers; fails with {@link InvalidCatalogueException} on the first bad file. */
    public static Catalogue load(Optional<Path> operatorOverride, Path modelsDir) {
        Map<String, ModelEntry> byId = new LinkedHashMap<>();
        builtIn().forEach(e -> byId.put(e.id(), e));
        operatorOverride.ifPresent(file -> overrides(file).forEach(e -> {
            log.info("Catalogue entry {} {} by {}", e.id(), byId.containsKey(e.id()) ? "replaced" : "added", file);
            byId.put(e.id(), e);
        }));
        for (ModelEntry local : LocalCatalogue.read(modelsDir)) {
            if (byId.putIfAbsent(local.id(), local) != null) {
                log.warn("Ignoring imported model {} in {}: the catalogue already has an entry with that id",
                        local.id(), modelsDir.resolve(LocalCatalogue.FILE_NAME));
            }
        }
        return new Catalogue(List.copyOf(byId.values()));
    }

    /** Every entry, built-in first, in file order. */
    public List<ModelEntry> entries() {
        return entries;
    }

    /** The entry with id {@code id}, if any. */
    public Optional<ModelEntry> find(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    /** The entry with id {@code id}, or an {@link UnknownModelException} listing the known ids. */
    public ModelEntry require(String id) {
        return find(id).orElseThrow(() -> UnknownModelException.forId(id, ids()));
    }

    /**
     * The default model for {@code task}: the last entry marked default (so an override file can name a new
     * default), else the first entry for the task.
     */
    public ModelEntry defaultFor(ModelTask task) {
        List<ModelEntry> forTask = entries.stream().filter(e -> e.task() == task).toList();
        return forTask.stream().filter(ModelEntry::isDefault).reduce((first, second) -> second)
                .or(() -> forTask.stream().findFirst())
                .orElseThrow(() -> UnknownModelException.forTask(task, ids()));
    }

    private List<String> ids() {
        return entries.stream().map(ModelEntry::id).toList();
    }

    private static List<ModelEntry> builtIn() {
        String name = "built-in catalogue (classpath " + BUILT_IN + ")";
        try (InputStream in = Catalogue.class.getClassLoader().getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new InvalidCatalogueException(name, "it is missing from the classpath");
            }
            return new CatalogueReader(name, false).read(in);
        } catch (IOException e) {
            throw new InvalidCatalogueException(name, "it cannot be read (" + e.getMessage() + ")");
        }
    }

    private static List<ModelEntry> overrides(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidCatalogueException(file.toString(), "it does not exist or is not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new CatalogueReader(file.toString(), false).read(in);
        } catch (IOException e) {
            throw new InvalidCatalogueException(file.toString(), "it cannot be read (" + e.getMessage() + ")");
        }
    }
}
