package guichet.app.shared.evidence;

import guichet.app.shared.evidence.Source;
import guichet.app.ask.text.AskFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingCheckTest {

    private final ReadingCheck check = new ReadingCheck(AskFixtures.languages());

    private static final Source JSA = new Source("S1", "c1", "/jobseekers-allowance", "Jobseeker's Allowance (JSA)",
            "https://www.gov.uk/jobseekers-allowance/what-youll-get", List.of("What you'll get"),
            "How much you'll get depends on your age: aged 18 to 24 – up to £71.70 a week; aged 25 and over – up to £90.50 a week.",
            "en", 0.9);
    private static final List<Quote> QUOTES = List.of(new Quote(JSA,
            "How much you'll get depends on your age: aged 18 to 24 – up to £71.70 a week; aged 25 and over – up to £90.50 a week.",
            0.92, 0.1));

    @Test
    void anAnswerStatingOnlyTheQuotedFiguresPasses() {
        assertThat(check.problem("At 30 you can get up to £90.50 a week of New Style JSA.", QUOTES,
                "I'm 30, how much New Style JSA would I get?", "en")).isEmpty();
    }

    @Test
    void aFigureTheQuotesDoNotHaveIsRejected() {
        assertThat(check.problem("You can get up to £95.00 a week.", QUOTES, "how much JSA?", "en"))
                .startsWith("figures not in the quotes");
    }

    @Test
    void aNameTheQuotesDoNotHaveIsRejected() {
        assertThat(check.problem("You can get up to £90.50 a week, paid by Jobcentre Plus every Monday.", QUOTES,
                "how much JSA?", "en")).startsWith("names not in the quotes").contains("Monday");
    }

    @Test
    void aNameFromTheQuestionOrThePageTitleIsSupported() {
        assertThat(check.problem("Yes: aged 25 and over, Jobseeker's Allowance is up to £90.50 a week in Leeds.", QUOTES,
                "I live in Leeds, how much is it?", "en")).isEmpty();
    }

    @Test
    void anAnswerInAnotherLanguageThanTheAskersIsRejected() {
        assertThat(check.problem("Vous pouvez recevoir jusqu'à £90.50 par semaine si vous avez plus de 25 ans.", QUOTES,
                "how much JSA?", "en")).startsWith("written in fr");
    }

    @Test
    void aLoopingAnswerIsRejected() {
        assertThat(check.problem("You get up to £90.50 a week. You get up to £90.50 a week.", QUOTES, "how much?", "en"))
                .isEqualTo("repeats itself");
    }
}
