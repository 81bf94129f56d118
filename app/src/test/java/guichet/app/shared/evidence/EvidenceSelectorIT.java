package guichet.app.shared.evidence;

import guichet.app.shared.evidence.Source;
import guichet.app.ask.routing.SharedEmbeddings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Evidence selection with the real multilingual-e5-small. */
class EvidenceSelectorIT {

    private static final List<Source> FUNERAL_PAGE = List.of(
            new Source("S1", "c1", "/funeral-payments", "Funeral Expenses Payment",
                    "https://www.gov.uk/funeral-payments/what-youll-get", List.of("What you'll get"),
                    "You can get up to £1,000 for funeral expenses, such as flowers or the coffin. "
                            + "How much you get depends on your circumstances. "
                            + "If the deceased had a pre-paid funeral plan, you can only get up to £120.",
                    "en", 0.9),
            new Source("S2", "c2", "/funeral-payments", "Funeral Expenses Payment",
                    "https://www.gov.uk/funeral-payments/how-to-claim", List.of("How to claim"),
                    "You can claim by phone or by post. "
                            + "You must claim within 6 months of the funeral. "
                            + "You can get help filling in the form from Citizens Advice.",
                    "en", 0.8));

    private final EvidenceSelector selector = new EvidenceSelector(SharedEmbeddings.e5());

    @Test
    void eachPartOfTheQuestionGetsItsQuote() {
        String question = "how much can I get towards the funeral and how long do I have to claim?";
        List<Quote> whole = selector.select(question, FUNERAL_PAGE, 1);
        List<Quote> perPart = selector.selectForEachPart(question, FUNERAL_PAGE, 1);

        assertThat(perPart).hasSize(2);
        assertThat(perPart.getFirst().sentence()).isEqualTo(whole.getFirst().sentence());
        assertThat(perPart).extracting(Quote::sentence)
                .anyMatch(sentence -> sentence.contains("£1,000"))
                .anyMatch(sentence -> sentence.contains("within 6 months"));
    }

    @Test
    void aQuestionAskingOneThingGetsTheUsualNumberOfQuotes() {
        String question = "how much can I get towards the funeral costs?";
        assertThat(selector.selectForEachPart(question, FUNERAL_PAGE, 2)).extracting(Quote::sentence)
                .isEqualTo(selector.select(question, FUNERAL_PAGE, 2).stream().map(Quote::sentence).toList());
    }
}
