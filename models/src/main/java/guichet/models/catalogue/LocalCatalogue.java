package guichet.models.catalogue;

import guichet.models.InvalidCatalogueException;
import guichet.models.ModelEntry;
import guichet.models.ModelStorageException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** The operator's own imported models, kept in {@code <modelsDir>/local-catalogue.json}. */
public final class LocalCatalogue {

    /** File name inside the models directory. */
    public static final String FILE_NAME = "local-catalogue.json";

    private LocalCatalogue() {
    }

    /** The registered entries; none when the file does not exist yet. */
    public static List<ModelEntry> read(Path modelsDir) {
        Path file = modelsDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return new CatalogueReader(file.toString(), true).read(in);
        } catch (IOException e) {
            throw new InvalidCatalogueException(file.toString(), "it cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Adds {@code entry}, replacing any entry with the same id; the file is replaced atomically. */
    public static void register(Path modelsDir, ModelEntry entry) {
        List<ModelEntry> entries = new ArrayList<>(read(modelsDir));
        entries.removeIf(e -> e.id().equals(entry.id()));
        entries.add(entry);
        Path file = modelsDir.resolve(FILE_NAME);
        Path temp = modelsDir.resolve(FILE_NAME + ".part");
        try {
            Files.createDirectories(modelsDir);
            Files.writeString(temp, CatalogueWriter.toJson(entries), StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new ModelStorageException(file, e);
        }
    }
}
