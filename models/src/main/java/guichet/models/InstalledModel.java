package guichet.models;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A model whose files are all in the models directory.
 *
 * @param entry its catalogue entry
 * @param folder the folder holding its files
 * @param files each catalogued file name with its path, in catalogue order
 */
public record InstalledModel(ModelEntry entry, Path folder, Map<String, Path> files) {

    public InstalledModel {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
    }

    /** The entry's first file: the GGUF of a chat model, the ONNX graph of an embedding model. */
    public Path primaryFile() {
        return files.get(entry.files().getFirst().name());
    }
}
