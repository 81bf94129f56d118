package guichet.app.web;

import guichet.app.web.AnswerText.Block;
import guichet.app.web.AnswerText.Segment;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class AnswerTextTest {

    @Test
    void splitsTheLeadInFromTheQuotedSentencesAndLinksTheirMarkers() {
        AnswerText text = AnswerText.of("""
                You can get up to £90.50 a week [1].

                • “If you’re 25 or over, you can get up to £90.50 a week.” [1]
                • “You can backdate your claim by up to 3 months.” [2]""", 2);

        assertThat(text.blocks()).hasSize(2);
        Block lead = text.blocks().getFirst();
        assertThat(lead.list()).isFalse();
        assertThat(lead.lines().getFirst()).containsExactly(Segment.plain("You can get up to £90.50 a week "),
                new Segment("[1]", 1, ""), Segment.plain("."));
        Block quotes = text.blocks().get(1);
        assertThat(quotes.list()).isTrue();
        assertThat(quotes.lines()).hasSize(2);
        assertThat(quotes.lines().get(1)).containsExactly(
                Segment.plain("“You can backdate your claim by up to 3 months.” "), new Segment("[2]", 2, ""));
    }

    @Test
    void keepsLineBreaksInsideAParagraph() {
        AnswerText text = AnswerText.of("First line\nSecond line\r\nThird line", 0);

        assertThat(text.blocks()).containsExactly(new Block(false, List.of(List.of(Segment.plain("First line")),
                List.of(Segment.plain("Second line")), List.of(Segment.plain("Third line")))));
    }

    @Test
    void aMarkerWithoutItsCitationStaysText() {
        assertThat(AnswerText.segments("See [3] and [0].", 2)).containsExactly(Segment.plain("See [3] and [0]."));
    }

    @Test
    void webAddressesBecomeLinksWithoutTheirTrailingPunctuation() {
        assertThat(AnswerText.segments("Search GOV.UK (https://www.gov.uk) or https://www.gov.uk/jsa.", 0))
                .containsExactly(Segment.plain("Search GOV.UK ("), new Segment("https://www.gov.uk", 0, "https://www.gov.uk"),
                        Segment.plain(") or "), new Segment("https://www.gov.uk/jsa", 0, "https://www.gov.uk/jsa"),
                        Segment.plain("."));
    }

    @Test
    void onlyWebAddressesAreLinked() {
        assertThat(AnswerText.segments("javascript:alert(1) <script>x</script>", 0))
                .containsExactly(Segment.plain("javascript:alert(1) <script>x</script>"));
    }

    @Test
    void helpLinesAreAList() {
        AnswerText text = AnswerText.of("You can talk to someone now:\n\n- Samaritans: call 116 123\n- Shout: text 85258", 0);

        assertThat(text.blocks()).extracting(Block::list).containsExactly(false, true);
        assertThat(text.blocks().get(1).lines()).containsExactly(List.of(Segment.plain("Samaritans: call 116 123")),
                List.of(Segment.plain("Shout: text 85258")));
    }

    @Test
    void emptyTextHasNoBlocks() {
        assertThat(AnswerText.of("", 0).blocks()).isEmpty();
        assertThat(AnswerText.of(null, 0).blocks()).isEmpty();
    }
}
