package guichet.app.desk.store;

import java.util.List;

/** What the analysis of a case produced, stored in one go. */
public record CaseAnalysisResult(String language, String summary, String summaryBy, List<Signal> vulnerability,
                                 List<Reference> references, List<Label> labels, ReplyDraft draft) {

    public CaseAnalysisResult {
        vulnerability = List.copyOf(vulnerability);
        references = List.copyOf(references);
        labels = List.copyOf(labels);
    }
}
