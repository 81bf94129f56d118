package guichet.app.knowledge.corpus;

import java.util.Map;
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

    PreparedPack(String pack, String source, String label, String sha256, PackArchive archive, FicheLayout layout,
                 Map<String, String> fichePaths) {
        this.pack = pack;
        this.source = source;
        this.label = label;
        this.sha256 = sha256;
        this.archive = archive;
        this.layout = layout;
        this.fichePaths = Map.copyOf(fichePaths);
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
