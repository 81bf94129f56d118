package guichet.app.knowledge.corpus;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A pack's archive on this machine, checked and read through once: what it is, and where its fiches lie in it.
 * Nothing of it is in the index yet.
 */
public final class PreparedPack {

    private final String pack;
    private final String source;
    private final String label;
    private final String sha256;
    private final PackArchive archive;
    private final FicheLayout layout;
    private final Map<String, String> fichePaths;

    private PreparedPack(String pack, String source, String label, String sha256, PackArchive archive,
                         FicheLayout layout, Map<String, String> fichePaths) {
        this.pack = pack;
        this.source = source;
        this.label = label;
        this.sha256 = sha256;
        this.archive = archive;
        this.layout = layout;
        this.fichePaths = Map.copyOf(fichePaths);
    }

    /**
     * Reads the archive or folder at {@code path} through and finds its fiches: in {@code layout} when its source
     * says where they lie, else in the first layout that has some.
     *
     * @throws BadArchiveException when it cannot be read to the end or holds no fiche of the set
     */
    static PreparedPack read(String pack, String source, String label, String sha256, Path path,
                             Optional<FicheLayout> layout) {
        PackArchive archive = PackArchive.open(path);
        List<String> paths = archive.paths();
        for (FicheLayout candidate : layout.map(List::of).orElse(List.of(FicheLayout.values()))) {
            Map<String, String> fiches = new LinkedHashMap<>();
            for (String member : paths) {
                candidate.ficheId(member).ifPresent(id -> fiches.putIfAbsent(id, member));
            }
            if (!fiches.isEmpty()) {
                return new PreparedPack(pack, source, label, sha256, archive, candidate, fiches);
            }
        }
        throw new BadArchiveException(path, "it holds no service-public fiche (F….json under data/particuliers/, "
                + "or F….xml) among its " + paths.size() + " files");
    }

    public String pack() {
        return pack;
    }

    /** Where it came from: a source's name, or {@code import}. */
    public String source() {
        return source;
    }

    /** What it is, for the operator. */
    public String label() {
        return label;
    }

    /** Its SHA-256, "" for a folder. */
    public String sha256() {
        return sha256;
    }

    /** How many fiches of the set it holds. */
    public int fiches() {
        return fichePaths.size();
    }

    PackArchive archive() {
        return archive;
    }

    FicheLayout layout() {
        return layout;
    }

    /** The fiche ids of the set. */
    Set<String> ficheIds() {
        return fichePaths.keySet();
    }

    /** The member paths to read, one per fiche. */
    Set<String> memberPaths() {
        return Set.copyOf(fichePaths.values());
    }
}
