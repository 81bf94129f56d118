package guichet.app.system.engine;

import guichet.inference.EngineUnavailableException;
import guichet.models.Catalogue;
import guichet.models.InstalledModel;
import guichet.models.ModelEntry;
import guichet.models.ModelImporter;
import guichet.models.ModelPuller;
import guichet.models.ModelStore;
import guichet.models.ModelTask;
import guichet.models.ProgressListener;
import guichet.models.PullSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.nio.file.Path;

/** Finds the configured models in the models directory, pulling them first when that is allowed. */
@Component
public class ModelResolver {

    private static final Logger LOG = LoggerFactory.getLogger(ModelResolver.class);

    private final ModelsProperties properties;
    private volatile Catalogue catalogue;

    ModelResolver(ModelsProperties properties) {
        this.properties = properties;
    }

    /** The catalogue: built-in entries, the operator's override and local imports. */
    public Catalogue catalogue() {
        Catalogue current = catalogue;
        if (current == null) {
            current = Catalogue.load(properties.catalogueOverride(), properties.dir());
            catalogue = current;
        }
        return current;
    }

    /** Reloads the catalogue (after an import registered a local model). */
    public void reload() {
        catalogue = null;
    }

    public ModelStore store() {
        return new ModelStore(properties.dir());
    }

    public ModelPuller puller() {
        return new ModelPuller(store(), pullSettings());
    }

    /** How downloads reach their sources: the models' timeouts and mirrors, which other downloads share. */
    public PullSettings pullSettings() {
        PullSettings settings = PullSettings.defaults()
                .withTimeouts(properties.connectTimeout(), properties.readTimeout())
                .withPython(Path.of(properties.python()));
        for (ModelsProperties.Mirror mirror : properties.mirrors()) {
            settings = settings.withMirror(mirror.from(), mirror.to());
        }
        return settings;
    }

    public ModelImporter importer() {
        return new ModelImporter(catalogue(), store());
    }

    /** The chat model file to run, with its identity. */
    public ChatModelFile chatModel(ProgressListener progress) {
        if (properties.chatFile() != null) {
            Path file = properties.chatFile();
            LOG.warn("running {} from guichet.models.chat-file: it is not checked against the catalogue", file);
            return new ChatModelFile(file.getFileName().toString(), "", file);
        }
        InstalledModel model = installed(catalogue().require(properties.chat()), ModelTask.CHAT, progress);
        return new ChatModelFile(model.entry().id(), model.entry().files().getFirst().sha256(), model.primaryFile());
    }

    /** The embedding model to run. */
    public InstalledModel embeddingModel(ProgressListener progress) {
        return installed(catalogue().require(properties.embedding()), ModelTask.EMBEDDING, progress);
    }

    private InstalledModel installed(ModelEntry entry, ModelTask task, ProgressListener progress) {
        if (entry.task() != task) {
            throw new EngineUnavailableException("model " + entry.id() + " is a " + entry.task().name().toLowerCase()
                    + " model, not a " + task.name().toLowerCase() + " model");
        }
        ModelStore store = store();
        if (!store.isInstalled(entry)) {
            if (!properties.autoPull()) {
                throw new EngineUnavailableException("model " + entry.id() + " is not installed in " + properties.dir()
                        + " and guichet.models.auto-pull is off: run `guichet models pull " + entry.id()
                        + "`, or bring the files in and run `guichet models import <dir>`");
            }
            LOG.info("model {} is not installed: pulling it ({} MB)", entry.id(), entry.totalSize() >> 20);
            return puller().pull(entry, progress);
        }
        return new InstalledModel(entry, store.folder(entry), entry.files().stream()
                .collect(java.util.stream.Collectors.toMap(f -> f.name(), f -> store.file(entry, f.name()),
                        (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /** A GGUF file with its catalogue identity. */
    public record ChatModelFile(String id, String sha256, Path path) {
    }
}
