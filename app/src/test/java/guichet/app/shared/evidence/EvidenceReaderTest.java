package guichet.app.shared.evidence;

import guichet.app.shared.evidence.Source;
import guichet.inference.ChatResult;
import guichet.inference.FinishReason;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class EvidenceReaderTest {

    private static final Source PAGE = new Source("S1", "c1", "/funeral-payments", "Funeral Expenses Payment",
            "https://www.gov.uk/funeral-payments/how-to-claim", List.of("How to claim"), "text", "en", 0.9);
    private static final List<Quote> CANDIDATES = List.of(
            new Quote(PAGE, "You can claim by phone or by post.", 0.9, 0.3),
            new Quote(PAGE, "You must claim within 6 months of the funeral.", 0.91, 0.2),
            new Quote(PAGE, "You can get help filling in the form from Citizens Advice.", 0.88, 0.1));

    private static ChatResult result(String text) {
        return new ChatResult(text, FinishReason.STOP, 100, 20, Duration.ZERO, Duration.ZERO, Duration.ZERO, "m",
                Optional.empty());
    }

    @Test
    void theChosenExtractsAreTheNumberedCandidatesInTheModelsOrder() {
        EvidenceReader.Reading reading = EvidenceReader.parse(result(
                "{\"extracts\": [2, 1], \"completeness\": \"complete\", \"answer\": \"Within 6 months of the funeral.\"}"),
                CANDIDATES);
        assertThat(reading.chosen()).containsExactly(CANDIDATES.get(1), CANDIDATES.get(0));
        assertThat(reading.completeness()).isEqualTo("complete");
        assertThat(reading.answer()).isEqualTo("Within 6 months of the funeral.");
    }

    @Test
    void numbersOutsideTheListAndRepeatsAreIgnored() {
        EvidenceReader.Reading reading = EvidenceReader.parse(result(
                "{\"extracts\": [7, 3, 3, 0], \"completeness\": \"partial\", \"answer\": \"Ask Citizens Advice.\"}"),
                CANDIDATES);
        assertThat(reading.chosen()).containsExactly(CANDIDATES.get(2));
    }

    @Test
    void outputThatIsNotTheJsonAskedForChoosesNothing() {
        EvidenceReader.Reading reading = EvidenceReader.parse(result("{\"extracts\": [1, "), CANDIDATES);
        assertThat(reading.parsed()).isFalse();
        assertThat(reading.chosen()).isEmpty();
    }

    @Test
    void theModelSeesEachCandidateNumberedWithItsPage() {
        assertThat(EvidenceReader.extracts(CANDIDATES))
                .contains("2. (Funeral Expenses Payment) You must claim within 6 months of the funeral.");
    }
}
