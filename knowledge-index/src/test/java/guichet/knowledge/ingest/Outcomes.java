package guichet.knowledge.ingest;

import guichet.knowledge.SkippedDocument;
import guichet.knowledge.SourceDocument;

import java.util.List;
import java.util.stream.Stream;

/** Splits reader outcomes for assertions. */
final class Outcomes {

    private Outcomes() {
    }

    static List<SourceDocument> documents(Stream<ReadOutcome> outcomes) {
        return documents(outcomes.toList());
    }

    static List<SourceDocument> documents(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Read).map(o -> ((ReadOutcome.Read) o).document())
                .toList();
    }

    static List<SkippedDocument> skips(List<ReadOutcome> outcomes) {
        return outcomes.stream().filter(o -> o instanceof ReadOutcome.Skipped)
                .map(o -> ((ReadOutcome.Skipped) o).skip()).toList();
    }

    static SourceDocument byId(List<SourceDocument> documents, String id) {
        return documents.stream().filter(d -> d.documentId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no document " + id));
    }

    static String allText(SourceDocument document) {
        return String.join("\n", document.sections().stream().map(guichet.knowledge.Section::text).toList());
    }
}
