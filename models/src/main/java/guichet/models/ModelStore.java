package guichet.models;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The models directory: one folder per model id holding its catalogued files, {@code .partial/} for files on
 * their way in, and {@code .tools/} for conversion environments.
 */
public final class ModelStore {

    private final Path modelsDir;

    public ModelStore(Path modelsDir) {
        this.modelsDir = modelsDir.toAbsolutePath().normalize();
    }

    /** The models directory itself. */
    public Path modelsDir() {
        return modelsDir;
    }

    /** Where files wait, unverified, until they are checked and moved into a model folder. */
    public Path partialDir() {
        return modelsDir.resolve(".partial");
    }

    /** The default place for conversion tools (Python environments). */
    public Path toolsDir() {
        return modelsDir.resolve(".tools");
    }

    /** The folder of {@code entry}: {@code <modelsDir>/<id>/}. */
    public Path folder(ModelEntry entry) {
        return modelsDir.resolve(entry.id());
    }

    /** Where the catalogued file {@code fileName} of {@code entry} lives. */
    public Path file(ModelEntry entry, String fileName) {
        if (entry.file(fileName).isEmpty()) {
            throw new IllegalArgumentException("model " + entry.id() + " has no file " + fileName);
        }
        return folder(entry).resolve(fileName);
    }

    /** True when every file is present with its catalogued size; cheap, hashes nothing. */
    public boolean isInstalled(ModelEntry entry) {
        for (ModelFile file : entry.files()) {
            Path path = file(entry, file.name());
            try {
                if (!Files.isRegularFile(path) || Files.size(path) != file.size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Re-hashes every file of {@code entry} and compares it with the catalogue. */
    public VerifyReport verify(ModelEntry entry, ProgressListener progress) {
        List<VerifyReport.FileCheck> checks = new ArrayList<>();
        for (ModelFile file : entry.files()) {
            checks.add(check(entry, file, progress));
        }
        return new VerifyReport(entry, checks);
    }

    /** The catalogue's entries whose files are all present (by size). */
    public List<InstalledModel> installed(Catalogue catalogue) {
        return catalogue.entries().stream().filter(this::isInstalled).map(this::installedModel).toList();
    }

    /** {@code entry} as installed here; the caller has checked its files are in place. */
    InstalledModel installedModel(ModelEntry entry) {
        Map<String, Path> files = new LinkedHashMap<>();
        entry.files().forEach(f -> files.put(f.name(), file(entry, f.name())));
        return new InstalledModel(entry, folder(entry), files);
    }

    private VerifyReport.FileCheck check(ModelEntry entry, ModelFile file, ProgressListener progress) {
        Path path = file(entry, file.name());
        try {
            if (!Files.isRegularFile(path)) {
                return new VerifyReport.FileCheck(file.name(), path, VerifyReport.Status.MISSING, file.size(), -1,
                        file.sha256(), Optional.empty());
            }
            long size = Files.size(path);
            if (size != file.size()) {
                return new VerifyReport.FileCheck(file.name(), path, VerifyReport.Status.WRONG_SIZE, file.size(), size,
                        file.sha256(), Optional.empty());
            }
            String actual = Sha256.of(path, progress);
            VerifyReport.Status status = actual.equals(file.sha256())
                    ? VerifyReport.Status.OK : VerifyReport.Status.CHECKSUM_MISMATCH;
            return new VerifyReport.FileCheck(file.name(), path, status, file.size(), size, file.sha256(),
                    Optional.of(actual));
        } catch (IOException e) {
            throw new ModelStorageException(path, e);
        }
    }
}
