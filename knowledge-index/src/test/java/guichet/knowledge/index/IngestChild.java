package guichet.knowledge.index;

import guichet.knowledge.IngestListener;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.TestModels;
import guichet.knowledge.ingest.Readers;

import java.nio.file.Path;

/**
 * The child process of {@link CrashRecoveryIT}: ingests a corpus file into an index, one document
 * per commit, printing "committed N" after each commit so the parent knows when to kill it.
 * Arguments: index folder, corpus file.
 */
public final class IngestChild {

    public static void main(String[] args) {
        KnowledgeIndex index = KnowledgeIndex.open(Path.of(args[0]), TestModels.e5(),
                KnowledgeSettings.defaults().withCommitBatch(1));
        index.ingestFiles(Readers.defaults().files(Path.of(args[1]), null, "crash"), new IngestListener() {
            @Override
            public void progress(IngestProgress progress) {
            }

            @Override
            public void committed(IngestProgress progress) {
                System.out.println("committed " + progress.documents());
                System.out.flush();
            }
        });
        System.out.println("done");
        System.exit(0);
    }
}
