package guichet.models;

import guichet.inference.ModelFileException;
import guichet.inference.gguf.GgufMetadata;
import guichet.inference.gguf.GgufReader;
import guichet.models.catalogue.LocalCatalogue;
import guichet.models.importing.LocalGgufEntry;
import guichet.models.transfer.Staging;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Installs model files brought in by hand, for machines without network access. A file whose SHA-256 matches a
 * catalogued file is installed into that model's folder; a GGUF that no catalogue lists is registered as a
 * local model, with a warning; a file named like a catalogued one but with other content is refused.
 * Every file is read once, copied into the staging area while it is hashed, and installed only after all files
 * of the import have been classified, so a refused file leaves nothing behind.
 */
public final class ModelImporter {

    private final Catalogue catalogue;
    private final ModelStore store;

    public ModelImporter(Catalogue catalogue, ModelStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    /** A staged copy bound for one model's folder. */
    private record Placement(Path source, Path copy, String sha256, ModelEntry entry, String fileName) {
    }

    /** A file copied into the staging area, with its SHA-256. */
    private record Copy(Path path, String sha256) {
    }

    /**
     * Imports one file, or every file of a folder; with {@code id}, every file must belong to that model.
     *
     * @throws ChecksumMismatchException when a file is named like a catalogued file (or, with an id, is offered
     *                                   for that model) but has other content
     * @throws ImportRejectedException   when a file (or a whole folder) is neither catalogued nor a valid GGUF
     */
    public ImportResult importFrom(Path fileOrDir, Optional<String> id, ProgressListener progress) {
        Optional<ModelEntry> target = id.map(catalogue::require);
        Path work = store.partialDir().resolve("import-" + UUID.randomUUID());
        try {
            List<Path> files = filesIn(fileOrDir);
            boolean single = !Files.isDirectory(fileOrDir);
            List<Placement> placements = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            for (Path file : files) {
                Optional<List<Placement>> placed = target.isPresent()
                        ? Optional.of(forEntry(file, target.get(), work, progress))
                        : classify(file, single, work, progress);
                placed.ifPresentOrElse(placements::addAll,
                        () -> skipped.add(file.getFileName() + ": not a file of a catalogued model and not a GGUF model"));
            }
            if (placements.isEmpty()) {
                throw new ImportRejectedException(fileOrDir, "no file in it is a file of a catalogued model or a GGUF model");
            }
            return install(placements, skipped);
        } catch (IOException e) {
            Path where = e instanceof FileSystemException f && f.getFile() != null ? Path.of(f.getFile()) : fileOrDir;
            throw new ModelStorageException(where, e);
        } finally {
            deleteQuietly(work);
        }
    }

    /** The file itself, or the visible regular files of a folder (not its subfolders), by name. */
    private static List<Path> filesIn(Path fileOrDir) throws IOException {
        if (!Files.exists(fileOrDir)) {
            throw new ImportRejectedException(fileOrDir, "it does not exist");
        }
        if (!Files.isDirectory(fileOrDir)) {
            return List.of(fileOrDir);
        }
        try (Stream<Path> children = Files.list(fileOrDir)) {
            List<Path> files = children.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
            if (files.isEmpty()) {
                throw new ImportRejectedException(fileOrDir, "the folder holds no files");
            }
            return files;
        }
    }

    /** With an explicit model: the file must be one of its files. */
    private List<Placement> forEntry(Path file, ModelEntry entry, Path work, ProgressListener progress) throws IOException {
        long size = Files.size(file);
        String sha256;
        if (entry.files().stream().anyMatch(f -> f.size() == size)) {
            Copy copy = copyHashing(file, work, progress);
            Optional<ModelFile> match = entry.files().stream().filter(f -> f.sha256().equals(copy.sha256())).findFirst();
            if (match.isPresent()) {
                return List.of(new Placement(file, copy.path(), copy.sha256(), entry, match.get().name()));
            }
            sha256 = copy.sha256();
        } else {
            sha256 = Sha256.of(file, progress);
        }
        String expected = entry.file(file.getFileName().toString()).map(ModelFile::sha256)
                .orElse(entry.files().stream().map(ModelFile::sha256).collect(Collectors.joining(" or ")));
        throw new ChecksumMismatchException(file + " (offered for model " + entry.id() + ")", expected, sha256);
    }

    /** Without a model named: catalogued by checksum, else refused by name, else a local GGUF, else skipped. */
    private Optional<List<Placement>> classify(Path file, boolean single, Path work, ProgressListener progress)
            throws IOException {
        long size = Files.size(file);
        Copy copy = null;
        if (catalogue.entries().stream().flatMap(e -> e.files().stream()).anyMatch(f -> f.size() == size)) {
            copy = copyHashing(file, work, progress);
            List<Placement> matches = placementsFor(file, copy);
            if (!matches.isEmpty()) {
                return Optional.of(matches);
            }
        }
        String name = file.getFileName().toString();
        List<ModelFile> sameName = catalogue.entries().stream().flatMap(e -> e.files().stream())
                .filter(f -> f.name().equals(name)).toList();
        if (!sameName.isEmpty()) {
            String actual = copy != null ? copy.sha256() : Sha256.of(file, progress);
            throw new ChecksumMismatchException(file.toString(),
                    sameName.stream().map(ModelFile::sha256).distinct().collect(Collectors.joining(" or ")), actual);
        }
        if (!GgufReader.looksLikeGguf(file)) {
            if (single) {
                throw new ImportRejectedException(file,
                        "its checksum matches no catalogued model file and it is not a GGUF model");
            }
            return Optional.empty();
        }
        GgufMetadata metadata = readGguf(file);
        Copy local = copy != null ? copy : copyHashing(file, work, progress);
        ModelEntry entry = LocalGgufEntry.of(name, metadata, size, local.sha256());
        return Optional.of(List.of(new Placement(file, local.path(), local.sha256(), entry, name)));
    }

    /** One placement per catalogued file with the copy's checksum; extra copies when several models share it. */
    private List<Placement> placementsFor(Path file, Copy copy) throws IOException {
        List<Placement> placements = new ArrayList<>();
        for (ModelEntry entry : catalogue.entries()) {
            for (ModelFile f : entry.files()) {
                if (f.sha256().equals(copy.sha256())) {
                    Path path = placements.isEmpty() ? copy.path()
                            : Files.copy(copy.path(), copy.path().resolveSibling(UUID.randomUUID() + ".part"));
                    placements.add(new Placement(file, path, copy.sha256(), entry, f.name()));
                }
            }
        }
        return placements;
    }

    private static GgufMetadata readGguf(Path file) {
        try {
            return GgufReader.read(file);
        } catch (ModelFileException e) {
            String prefix = "model file " + e.path() + " ";
            String what = e.getMessage().startsWith(prefix) ? e.getMessage().substring(prefix.length()) : e.getMessage();
            throw new ImportRejectedException(file, "it is a GGUF file but " + what, e);
        }
    }

    private ImportResult install(List<Placement> placements, List<String> skipped) throws IOException {
        Map<String, List<Placement>> byModel = new LinkedHashMap<>();
        placements.forEach(p -> byModel.computeIfAbsent(p.entry().id(), k -> new ArrayList<>()).add(p));
        List<ImportResult.ImportedFile> imported = new ArrayList<>();
        List<InstalledModel> completed = new ArrayList<>();
        Map<String, List<String>> missing = new LinkedHashMap<>();
        List<String> warnings = new ArrayList<>();
        for (List<Placement> group : byModel.values()) {
            ModelEntry entry = group.getFirst().entry();
            Staging staging = new Staging(store.partialDir(), entry, store.folder(entry));
            for (Placement p : group) {
                staging.accept(p.fileName(), p.copy(), p.sha256());
                imported.add(new ImportResult.ImportedFile(p.source(), entry.id(), p.fileName(), entry.local()));
            }
            staging.commit();
            if (entry.local()) {
                LocalCatalogue.register(store.modelsDir(), entry);
                warnings.add(group.getFirst().source().getFileName() + " is not in the catalogue and has not been"
                        + " qualified; it is registered as local model '" + entry.id() + "'. Qualify it before any rollout.");
            }
            if (store.isInstalled(entry)) {
                completed.add(store.installedModel(entry));
            } else {
                missing.put(entry.id(), entry.files().stream().map(ModelFile::name)
                        .filter(n -> !Files.isRegularFile(store.file(entry, n))).toList());
            }
        }
        return new ImportResult(imported, completed, missing, skipped, warnings);
    }

    private static Copy copyHashing(Path file, Path work, ProgressListener progress) throws IOException {
        Files.createDirectories(work);
        Path copy = work.resolve(UUID.randomUUID() + ".part");
        progress.begin("Importing " + file.getFileName(), Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = Files.newOutputStream(copy)) {
            return new Copy(copy, Sha256.copy(in, out, progress));
        } finally {
            progress.end();
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // Leftovers in .partial are never installed; the next import starts in a fresh folder.
        }
    }
}
