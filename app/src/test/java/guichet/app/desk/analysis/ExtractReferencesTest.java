package guichet.app.desk.analysis;

import guichet.app.desk.store.Reference;
import guichet.app.shared.privacy.Masking;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** The step that gives the officer what a message refers to, read from its subject and its body. */
class ExtractReferencesTest {

    @Test
    void referencesInTheSubjectAndTheBodyReachTheCase() {
        AnalysisContext context = new AnalysisContext("c1", "Claim UC-5520-1187",
                Masking.mask("Only £312.50 arrived on 10 March 2025. My NI number is JT 48 21 93 B."), "",
                Instant.parse("2026-03-11T10:00:00Z"));

        new ExtractReferences().apply(context);

        assertThat(context.references()).contains(
                Reference.of(Reference.Kind.CLAIM_NUMBER, "UC-5520-1187"),
                Reference.of(Reference.Kind.AMOUNT, "£312.50"),
                Reference.of(Reference.Kind.DATE, "10 March 2025"));
        assertThat(context.references()).filteredOn(r -> r.kind().equals("national_insurance_number"))
                .singleElement().extracting(Reference::value).asString().doesNotContain("JT 48 21");
    }

    @Test
    void aMessageWithoutReferencesGetsNone() {
        AnalysisContext context = new AnalysisContext("c2", "Question", "Can I ask someone to help me fill in the form?",
                "", Instant.parse("2026-03-11T10:00:00Z"));

        new ExtractReferences().apply(context);

        assertThat(context.references()).isEmpty();
    }
}
