package guichet.app.desk.analysis;

import org.springframework.stereotype.Component;

/** Claim numbers, dates, amounts, masked National Insurance numbers, phone numbers, addresses. */
@Component
public class ExtractReferences implements AnalysisStep {

    @Override
    public void apply(AnalysisContext context) {
        context.references(ReferenceExtractor.extract(context.text()));
    }
}
