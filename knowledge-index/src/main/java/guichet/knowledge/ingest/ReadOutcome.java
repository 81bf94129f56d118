package guichet.knowledge.ingest;

import guichet.knowledge.SkippedDocument;
import guichet.knowledge.SourceDocument;

/** What reading one record gave: a document, or a skip with its reason. */
public sealed interface ReadOutcome {

    /** A document read whole. */
    record Read(SourceDocument document) implements ReadOutcome {
    }

    /** A file or record that could not be read; the rest of the batch goes on. */
    record Skipped(SkippedDocument skip) implements ReadOutcome {

        public Skipped(String source, String reason) {
            this(new SkippedDocument(source, reason));
        }
    }

    static ReadOutcome read(SourceDocument document) {
        return new Read(document);
    }

    static ReadOutcome skipped(String source, String reason) {
        return new Skipped(source, reason);
    }
}
