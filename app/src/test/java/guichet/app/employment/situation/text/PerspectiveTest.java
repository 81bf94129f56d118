package guichet.app.employment.situation.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A relative the citizen writes for is read in the first person; partners and those cared for are not. */
class PerspectiveTest {

    static String read(String text, String language) {
        Perspective.Subject subject = Perspective.Subject.SELF.after(MessageText.fold(text));
        return Perspective.firstPerson(MessageText.of(text).plain(), subject, language).text();
    }

    @Test
    void aSonWrittenForIsReadAsI() {
        assertThat(read("My son is 19 and he's just lost his job. Can he claim?", "en"))
                .isEqualTo("My son is 19 and I'm just lost my job. Can I claim?");
        assertThat(read("Mon père a 50 ans, il habite à Rennes. Il ne travaille plus.", "fr"))
                .isEqualTo("Mon pere a 50 ans, j'habite a Rennes. je ne travaille plus.");
        assertThat(read("My twin sons are 16 and they're both starting apprenticeships", "en"))
                .contains("I'm both starting");
    }

    @Test
    void partnersAndThoseCaredForAreNotTheSubject() {
        assertThat(read("Mon conjoint et moi habitons à Angers ; lui travaille toujours.", "fr")).contains("lui travaille");
        assertThat(read("I look after my mum, she has dementia", "en")).contains("she has dementia");
        assertThat(read("Me mam says I should ask. I'm 26.", "en")).isEqualTo("Me mam says I should ask. I'm 26.");
    }

    @Test
    void theSubjectLastsOverTheConversation() {
        Perspective.Subject subject = Perspective.Subject.SELF.after("My daughter's 21, she worked at Primark");
        assertThat(subject).isEqualTo(Perspective.Subject.SHE);
        assertThat(subject.after("Can she get JSA?")).isEqualTo(Perspective.Subject.SHE);
        assertThat(Perspective.firstPerson(MessageText.of("Can she get JSA?"), subject, "en").text()).isEqualTo("Can I get JSA?");
    }
}
