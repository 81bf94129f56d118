package guichet.app.knowledge.corpus;

import guichet.knowledge.IngestReport;

import java.util.List;

/**
 * A pack's set, now in the index.
 *
 * @param record what was installed, as kept under the pack's folder
 * @param ingest what the ingest did: only fiches that changed were embedded
 * @param removed the fiches of an earlier set that this one no longer has, deleted from the index
 */
public record InstalledPack(PackRecord record, IngestReport ingest, List<String> removed) {

    public InstalledPack {
        removed = List.copyOf(removed);
    }
}
