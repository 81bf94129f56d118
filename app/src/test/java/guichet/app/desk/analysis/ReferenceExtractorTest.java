package guichet.app.desk.analysis;

import guichet.app.shared.privacy.Masking;
import guichet.app.desk.store.Reference;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What a message refers to, found in its masked text. */
class ReferenceExtractorTest {

    @Test
    void findsClaimNumbersDatesAmountsMaskedNumbersPhonesAndAddresses() {
        String text = Masking.mask("My claim ref UC-5520-1187 was due on 10 March 2025 but only £312.50 arrived. "
                + "NI JT 48 21 93 B. Call me on 07911 123456. I live at 14 Orchard Way, Leeds LS6 2PQ.");

        assertThat(ReferenceExtractor.extract(text)).contains(
                Reference.of(Reference.Kind.CLAIM_NUMBER, "UC-5520-1187"),
                Reference.of(Reference.Kind.DATE, "10 March 2025"),
                Reference.of(Reference.Kind.AMOUNT, "£312.50"),
                Reference.of(Reference.Kind.NATIONAL_INSURANCE_NUMBER, "[NI ••••••93B]"),
                Reference.of(Reference.Kind.PHONE_NUMBER, "07911 123456"));
        assertThat(ReferenceExtractor.extract(text)).filteredOn(r -> r.kind().equals("address"))
                .singleElement().extracting(Reference::value).asString().contains("Orchard Way", "LS6 2PQ");
    }

    @Test
    void readsFrenchReferences() {
        String text = "Mon dossier n° 2025-44718 : un trop-perçu de 1 250,50 € le 3 mars 2025. "
                + "J'habite au 14 rue des Lilas, 69003 Lyon.";

        assertThat(ReferenceExtractor.extract(text)).contains(
                Reference.of(Reference.Kind.CLAIM_NUMBER, "2025-44718"),
                Reference.of(Reference.Kind.DATE, "3 mars 2025"),
                Reference.of(Reference.Kind.AMOUNT, "1 250,50 €"));
        assertThat(ReferenceExtractor.extract(text)).extracting(Reference::kind).contains("address");
    }
}
