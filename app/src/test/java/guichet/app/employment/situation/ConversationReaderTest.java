package guichet.app.employment.situation;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A conversation's facts: spread over messages, corrected, answered. */
class ConversationReaderTest {

    static final ConversationReader READER = new ConversationReader(SituationExtractorTest.EXTRACTOR);

    static Understanding read(String language, String... messages) {
        return READER.read(java.util.Arrays.stream(messages).map(ConversationReader.Turn::new).toList(), language);
    }

    @Test
    void factsSpreadOverSeveralMessagesAddUp() {
        Understanding u = read("en", "My son is 19 and he's just lost his job at a Costa in Bristol.",
                "He isn't in college any more and he's healthy. Can he claim?");
        assertThat(u.situation().number(Fact.AGE)).contains(new BigDecimal("19"));
        assertThat(u.situation().text(Fact.COUNTRY)).contains("gb");
        assertThat(u.situation().flag(Fact.FULL_TIME_EDUCATION)).contains(false);
        assertThat(u.situation().flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
        assertThat(u.latest()).extracting(ReadFact::fact).doesNotContain(Fact.AGE);
    }

    @Test
    void aFactThatChangesTakesTheLatestStatement() {
        Understanding u = read("fr", "J'ai 62 ans, l'usine où j'étais depuis 30 ans m'a licencié.",
                "Pardon, je me suis trompé : j'ai 61 ans.");
        assertThat(u.situation().number(Fact.AGE)).contains(new BigDecimal("61"));
        assertThat(u.situation().number(Fact.DAYS_WORKED)).as("36 months from 53").contains(new BigDecimal("780"));
        Understanding resigned = read("fr", "J'ai été licenciée après 6 ans.", "En fait c'est moi qui ai démissionné.");
        assertThat(resigned.situation().flag(Fact.JOB_LOSS_INVOLUNTARY)).contains(false);
    }

    @Test
    void aNumberPutInPlaceOfAnotherCorrectsIt() {
        Understanding u = read("en", "I'm 40 and I have £600 in savings.", "Sorry, I meant £6,000 not £600.");
        assertThat(u.situation().number(Fact.SAVINGS)).contains(new BigDecimal("6000"));
        assertThat(u.situation().number(Fact.AGE)).contains(new BigDecimal("40"));
    }

    @Test
    void daysWorkedAreCountedOnceTheAgeIsKnown() {
        Understanding u = read("fr", "Licencié économique après 12 ans dans une PME.", "J'ai 54 ans.");
        assertThat(u.situation().number(Fact.DAYS_WORKED)).contains(new BigDecimal("780"));
        assertThat(read("fr", "Licencié économique après 12 ans dans une PME.").situation().number(Fact.DAYS_WORKED))
                .contains(new BigDecimal("520"));
    }

    @Test
    void aShortReplyAnswersTheQuestionJustAsked() {
        Understanding u = READER.read(List.of(new ConversationReader.Turn("I'm 30 and live in Leeds"),
                new ConversationReader.Turn("Yes.", Fact.CLASS1_CONTRIBUTIONS, List.of()),
                new ConversationReader.Turn("about two grand", Fact.SAVINGS, List.of())), "en");
        assertThat(u.situation().flag(Fact.CLASS1_CONTRIBUTIONS)).contains(true);
        assertThat(u.situation().number(Fact.SAVINGS)).contains(new BigDecimal("2000"));
        assertThat(u.facts().get(Fact.CLASS1_CONTRIBUTIONS).how()).isEqualTo(ReadFact.How.ANSWER);
        assertThat(READER.read(List.of(new ConversationReader.Turn("Non, pas du tout.", Fact.HEALTH_PREVENTS_WORK, List.of())),
                "fr").situation().flag(Fact.HEALTH_PREVENTS_WORK)).contains(false);
        assertThat(READER.read(List.of(new ConversationReader.Turn("between 20 and 30", Fact.AGE, List.of())), "en")
                .situation().knows(Fact.AGE)).as("two numbers are not one answer").isFalse();
    }

    @Test
    void yearsAsAnEmployeeInTheUkArePresumedToHavePaidClassOneButNeverOverWhatWasSaid() {
        Understanding years = read("en", "I was made redundant after 20 years at a warehouse in Leeds.");
        assertThat(years.situation().flag(Fact.CLASS1_CONTRIBUTIONS)).contains(true);
        assertThat(years.facts().get(Fact.CLASS1_CONTRIBUTIONS).how()).isEqualTo(ReadFact.How.PRESUMED);
        assertThat(years.facts().get(Fact.CLASS1_CONTRIBUTIONS).how().readBack()).isTrue();

        assertThat(read("en", "I was made redundant after 8 months at a warehouse in Leeds.").situation()
                .knows(Fact.CLASS1_CONTRIBUTIONS)).as("under two years of work").isFalse();
        assertThat(read("en", "I'm self-employed, a plumber in Leicester for 15 years.").situation()
                .knows(Fact.CLASS1_CONTRIBUTIONS)).as("not an employee").isFalse();
        assertThat(read("en", "I live in Spain now after working at a hotel in Brighton for 10 years.").situation()
                .knows(Fact.CLASS1_CONTRIBUTIONS)).as("living abroad: not presumed").isFalse();
        assertThat(read("fr", "Licencié économique après 12 ans dans une PME.").situation()
                .knows(Fact.CLASS1_CONTRIBUTIONS)).as("no National Insurance in France").isFalse();

        Understanding said = read("en", "I never paid National Insurance.",
                "I was made redundant after 20 years at a warehouse in Leeds.");
        assertThat(said.situation().flag(Fact.CLASS1_CONTRIBUTIONS)).contains(false);
        Understanding corrected = read("en", "I was made redundant after 20 years at a warehouse in Leeds.",
                "Actually I was paid cash in hand, no national insurance.");
        assertThat(corrected.situation().flag(Fact.CLASS1_CONTRIBUTIONS)).contains(false);
    }
}
