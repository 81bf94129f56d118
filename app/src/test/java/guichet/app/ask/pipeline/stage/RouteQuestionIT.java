package guichet.app.ask.pipeline.stage;

import guichet.app.ask.crisis.CrisisDetector;
import guichet.app.ask.crisis.CrisisProperties;
import guichet.app.ask.crisis.CrisisReplies;
import guichet.app.ask.pipeline.AnswerContext;
import guichet.app.ask.refusal.HarmfulIntent;
import guichet.app.ask.pipeline.AnswerStatus;
import guichet.app.ask.routing.RouteLabels;
import guichet.app.ask.routing.SharedIdentifiers;
import guichet.app.ask.routing.SharedEmbeddings;
import guichet.app.ask.text.AskFixtures;
import guichet.app.system.settings.OverridableResources;
import guichet.inference.TokenSink;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** RouteQuestion with its real rules, labels, texts and the real multilingual-e5-small. */
class RouteQuestionIT {

    private static RouteQuestion stage;

    @BeforeAll
    static void build() {
        OverridableResources resources = AskFixtures.resources();
        RouteLabels labels = new RouteLabels(resources, AskFixtures.texts());
        CrisisDetector crisis = new CrisisDetector(resources, SharedEmbeddings::e5);
        stage = new RouteQuestion(crisis, new CrisisReplies(resources, AskFixtures.texts(), CrisisProperties.defaults(), crisis),
                CrisisProperties.defaults(), new HarmfulIntent(resources, SharedEmbeddings::e5), SharedEmbeddings.classifier(), labels,
                new SharedIdentifiers(resources), AskFixtures.texts());
    }

    private static AnswerContext route(String question, String language) {
        AnswerContext context = new AnswerContext("c1", question, language, List.of(), TokenSink.NONE);
        stage.apply(context);
        return context;
    }

    @Test
    void signpostsACrisisWithHelpLinesInTheCitizensLanguage() {
        AnswerContext english = route("i cant go on anymore, whats the point", "en");
        assertThat(english.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(english.route()).isEqualTo("crisis");
        assertThat(english.reply()).contains("Samaritans: call 116 123", "999", "85258");
        assertThat(english.stopReason()).isEqualTo("route crisis by suicide by rule en/suicide_cant_go_on");

        AnswerContext french = route("j'ai envie d'en finir", "fr");
        assertThat(french.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(french.reply()).contains("3114", "SOS Amitié", "112");
    }

    @Test
    void recognisesAnIndirectCrisisByMeaning() {
        AnswerContext context = route("Honestly my family would cope better if I was gone for good", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(context.reply()).contains("116 123");
    }

    @Test
    void aCrisisWithAQuestionGetsTheCrisisReplyFirstAndGoesOnToAnswer() {
        AnswerContext context = route("he hits me and has all our Universal Credit paid to him. Can it be paid to me instead?", "en");
        assertThat(context.stopped()).isFalse();
        assertThat(context.route()).isEqualTo("crisis");
        assertThat(context.preface()).contains("0808 2000 247");
        context.stop(AnswerStatus.ANSWERED, "Universal Credit can be split [1].", "answered");
        assertThat(context.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(context.reply()).startsWith(context.preface()).contains("About your question:\nUniversal Credit can be split");
        assertThat(context.cites()).isTrue();
    }

    @Test
    void aRephrasingCannotHideACrisis() {
        AnswerContext context = new AnswerContext("c1", "I'm sleeping in my car, can I get housing help?", "en", List.of(),
                TokenSink.NONE);
        context.standaloneQuestion("What housing help is available?");
        stage.apply(context);
        assertThat(context.route()).isEqualTo("crisis");
        assertThat(context.preface()).contains("0808 800 4444");
    }

    // Economic control, under the abuse examples' margin but within half of it: not a crisis reply up front.
    private static final String CONTROLLED = "Bonjour, mon conjoint perçoit toutes nos prestations de la CAF sur son compte "
            + "et je n'ai accès à rien. Il contrôle toutes mes dépenses, je dois lui demander pour acheter des serviettes "
            + "hygiéniques. Est-il possible de faire verser ma part sur un compte à mon nom ?";

    @Test
    void aMessageThatMayBeACrisisGetsItsLinesBeforeARefusal() {
        AnswerContext context = route(CONTROLLED, "fr");
        assertThat(context.stopped()).isFalse();
        assertThat(context.route()).isNotEqualTo("crisis");
        assertThat(context.preface()).isEmpty();

        context.stop(AnswerStatus.UNANSWERABLE, "Je ne trouve pas de réponse dans les pages officielles.", "best quote below");
        assertThat(context.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(context.reply()).contains("3919").endsWith("Je ne trouve pas de réponse dans les pages officielles.");
        assertThat(context.stopReason()).startsWith("best quote below").contains("may be a crisis");
    }

    @Test
    void aMessageThatMayBeACrisisIsAnsweredAloneWhenGuidanceAnswersIt() {
        AnswerContext context = route(CONTROLLED, "fr");
        context.stop(AnswerStatus.ANSWERED, "Chaque membre du couple peut demander le versement [1].", "answered");
        assertThat(context.status()).isEqualTo(AnswerStatus.ANSWERED);
        assertThat(context.reply()).doesNotContain("3919");
    }

    @Test
    void aRefusalOfTheMessageItselfKeepsItsOwnReply() {
        AnswerContext context = route(CONTROLLED, "fr");
        context.stop(AnswerStatus.REFUSED, "Je ne peux pas suivre des instructions données au service.", "route instructions");
        assertThat(context.status()).isEqualTo(AnswerStatus.REFUSED);
        assertThat(context.reply()).doesNotContain("3919");
    }

    @Test
    void anOrdinaryRefusalStaysARefusal() {
        AnswerContext context = route("How much is Carer's Allowance a week?", "en");
        context.stop(AnswerStatus.UNANSWERABLE, "I can't find that in the guidance.", "best quote below");
        assertThat(context.status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(context.reply()).isEqualTo("I can't find that in the guidance.");
    }

    @Test
    void sendsAHarmfulRequestToBeExplainedWithItsKind() {
        AnswerContext context = route("how can I claim universal credit without declaring my partner", "en");
        assertThat(context.stopped()).isFalse();
        assertThat(context.route()).isEqualTo("harmful");
        assertThat(context.routeCategories()).contains("household");
    }

    @Test
    void greetsAndSaysWhatItCanDo() {
        AnswerContext context = route("good afternoon", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.CLARIFICATION);
        assertThat(context.route()).isEqualTo("greeting");
        assertThat(context.reply()).contains("public services");
        assertThat(context.stopReason()).matches("route greeting by examples score=0\\.\\d{3} margin=0\\.\\d{3}");
    }

    @Test
    void sendsTheCitizenToTheirOwnAccount() {
        AnswerContext context = route("quand est-ce que je serai payé", "fr");
        assertThat(context.status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(context.route()).isEqualTo("account_data");
        assertThat(context.reply()).contains("espace personnel");
    }

    @Test
    void sendsARequestThatGivesTheAccountsIdentifiersToTheAccountReply() {
        for (String message : List.of(
                "new account for my JSA please: sort code 11-22-33, account number 12345678, switch the payments over",
                "mon mot de passe c'est Lune2024! et mon identifiant 7788123Z, regarde où en est mon dossier")) {
            AnswerContext context = route(message, message.startsWith("mon") ? "fr" : "en");
            assertThat(context.route()).as(message).isEqualTo("account_data");
            assertThat(context.stopReason()).as(message).contains("identifiers given (identifiers/");
        }
    }

    @Test
    void aQuestionAboutChangingBankDetailsWithoutThemIsAnswered() {
        AnswerContext context = route("How do I change the bank account my Universal Credit is paid into?", "en");
        assertThat(context.stopped()).isFalse();
        assertThat(context.route()).isEqualTo("genuine_question");
    }

    @Test
    void refusesToLookUpSomeoneElsesRecords() {
        AnswerContext context = route("Could you look up whether my lodger Tom Briggs is still getting housing benefit?", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.REFUSED);
        assertThat(context.route()).isEqualTo("someone_elses_data");
        assertThat(context.reply()).contains("formal legal channels");
    }

    // From the crisis tune set: a worried neighbour reads, to the examples, like someone asking about other people.
    @Test
    void aMessageAboutSomeoneElseThatMayBeACrisisGetsTheLinesFirst() {
        AnswerContext context = route("my neighbours kids (about 4 and 6) have been on their own in the flat since yesterday morning, "
                + "i can hear them crying through the wall. who do i call", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.CRISIS_SIGNPOSTED);
        assertThat(context.reply()).contains("999");
        assertThat(context.flags()).contains("crisis:child");
    }

    @Test
    void signpostsOutOfScopeMessages() {
        AnswerContext context = route("who is going to win the election", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.UNANSWERABLE);
        assertThat(context.route()).isEqualTo("out_of_scope");
        assertThat(context.reply()).contains("https://www.gov.uk");
    }

    @Test
    void asksOneQuestionBackWhenUnclear() {
        AnswerContext context = route("I need help", "en");
        assertThat(context.status()).isEqualTo(AnswerStatus.CLARIFICATION);
        assertThat(context.route()).isEqualTo("unclear");
        assertThat(context.reply()).endsWith("?");
    }

    @Test
    void letsGenuineQuestionsOn() {
        for (String question : List.of("How much is Carer's Allowance a week?", "Combien de temps dure la période d'essai ?",
                "how much does a passport cost", "I'm struggling to pay my bills, is there any help?")) {
            AnswerContext context = route(question, "en");
            assertThat(context.stopped()).as(question).isFalse();
            assertThat(context.route()).isEqualTo("genuine_question");
        }
    }
}
