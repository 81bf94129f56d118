package guichet.app.employment.situation.text;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Rewritten text keeps, for every character, the citizen's words it comes from. */
class MessageTextTest {

    @Test
    void accentsAndTypographyAreFoldedAndWordsStayTheCitizens() {
        MessageText text = MessageText.of("J’ai été licenciée, j’ai 1 200 € d’épargne").plain();
        assertThat(text.text()).isEqualTo("J'ai ete licenciee, j'ai 1 200 € d'epargne");
        int at = text.text().indexOf("licenciee");
        assertThat(text.words(at, at + "licenciee".length())).isEqualTo("licenciée");
    }

    @Test
    void aRewrittenSpanPointsBackToWhatItReplaced() {
        MessageText text = MessageText.of("I have two grand saved").rewrite(Pattern.compile("two grand"), m -> "2000");
        assertThat(text.text()).isEqualTo("I have 2000 saved");
        int at = text.text().indexOf("2000 saved");
        assertThat(text.words(at, at + "2000 saved".length())).isEqualTo("two grand saved");
        assertThat(text.corrected(at, at + 4)).isFalse();
    }

    @Test
    void correctedSpellingIsMarked() {
        MessageText text = MessageText.of("univarsal credit").correct(Pattern.compile("univarsal"), m -> "universal");
        assertThat(text.corrected(0, 9)).isTrue();
        assertThat(text.corrected(10, 16)).isFalse();
    }

    @Test
    void ligaturesAndApostrophesFold() {
        assertThat(MessageText.fold("sœur l‘œuvre Île-de-France")).isEqualTo("soeur l'oeuvre Ile-de-France");
    }
}
