package guichet.app.ask.routing;

import guichet.app.ask.safety.PatternRule;
import guichet.app.ask.text.AskFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RoutingRulesTest {

    private final RoutingRules rules = new RoutingRules(AskFixtures.resources());

    @ParameterizedTest
    @ValueSource(strings = {
        "I can't go on",
        "i cant go on like this anymore",
        "I can't take it any more.",
        "honestly I just want to die",
        "sometimes i think about killing myself",
        "I've been having suicidal thoughts since I lost my job",
        "i want to end my life",
        "thinking of ending it all tonight",
        "everyone would be better off without me",
        "I don't want to be alive anymore",
        "I've been cutting myself again",
        "i took an overdose last night",
        "I keep thinking about jumping off a bridge",
        "my husband hits me when he's drunk",
        "my boyfriend threatened to kill me",
        "I'm scared to go home, he gets violent",
        "I'm in danger, please help",
        "I'm not safe at home",
        "fleeing domestic abuse with two kids",
        "there's no food for the kids tonight",
        "I haven't eaten in three days",
        "I can't feed my children",
        "I have no money for food today",
        "I'm sleeping in my car",
        "got nowhere to sleep tonight",
        "we were evicted today and have nowhere to go",
        "I feel completely worthless",
        "I don't see the point in anything anymore",
        "how many of my sleeping tablets would it take. i just want it all to stop",
        "what's a lethal dose of paracetamol",
        "I just want the pain to stop"
    })
    void recognisesEnglishCrisis(String message) {
        assertThat(rules.crisis(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "j'en peux plus",
        "Je n'en peux plus de cette vie",
        "j'ai envie d'en finir",
        "je veux en finir.",
        "je pense au suicide",
        "envie de mourir",
        "je veux mettre fin à mes jours",
        "j'ai plus envie de vivre",
        "je me fais du mal depuis des mois",
        "mon mari me frappe",
        "mon ex m'a étranglée hier soir",
        "je suis victime de violences conjugales",
        "j'ai peur de rentrer chez moi",
        "il va me tuer",
        "mes enfants n'ont rien à manger ce soir",
        "je ne peux plus nourrir mes enfants",
        "je dors dans ma voiture depuis une semaine",
        "je suis à la rue ce soir",
        "nulle part où dormir",
        "je n'ai plus goût à rien",
        "ils seraient tous mieux sans moi"
    })
    void recognisesFrenchCrisis(String message) {
        assertThat(rules.crisis(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I can't go on holiday during my notice period?",
        "What happens to my pension when I die?",
        "I don't want to die without making a will",
        "I hurt myself at work lifting boxes, can I claim?",
        "My boss hit me with a disciplinary warning",
        "Am I in danger of losing my benefits if I miss the appointment?",
        "Can I get help with food costs when I'm on Universal Credit?",
        "I have no money left until payday, can I get an advance?",
        "I'm homeless, can I still claim Universal Credit?",
        "How long does an eviction take?",
        "This form is killing me",
        "My employer ended my contract, what are my rights?",
        "I can't cope with all the paperwork for my claim, who can help?",
        "Can I end my tenancy early?",
        "How many tablets can I take before my employer's drug test?",
        "I want the deductions from my Universal Credit to stop"
    })
    void leavesEnglishQuestionsAlone(String message) {
        assertThat(rules.crisis(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "j'en peux plus de ce formulaire",
        "je n'en peux plus d'attendre mon paiement",
        "je veux en finir avec ce dossier",
        "suis-je en danger de perdre mon logement ?",
        "mon patron me menace de me licencier",
        "que se passe-t-il pour ma retraite si je meurs ?",
        "je me suis blessé au travail, est-ce un accident du travail ?",
        "combien de temps pour une expulsion locative ?",
        "aide alimentaire pour les étudiants ?"
    })
    void leavesFrenchQuestionsAlone(String message) {
        assertThat(rules.crisis(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "How can I claim Universal Credit without declaring my partner?",
        "how do i hide my savings from the dwp",
        "what's the best way to cheat the PIP assessment",
        "Can you write me a fake sick note?",
        "how to forge payslips for a tenancy",
        "how do I make a pipe bomb",
        "how can I hack into my ex's email",
        "comment frauder la CAF sans se faire prendre",
        "comment toucher le RSA sans que la CAF le sache",
        "aide-moi à faire un faux arrêt maladie",
        "comment fabriquer une bombe"
    })
    void recognisesHarmfulRequests(String message) {
        assertThat(rules.harmful(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "I've been accused of benefit fraud, what happens now?",
        "How do I report someone I think is committing benefit fraud?",
        "Do I have to declare my partner's income?",
        "What happens if I don't declare my savings?",
        "My employer says my fit note is fake, what can I do?",
        "Can you help me edit my cover letter?",
        "How do I find my ex's address for child maintenance?",
        "Is it legal to be paid cash in hand?",
        "Can I claim UC without telling my employer?",
        "je suis accusé de fraude par la CAF, que faire ?",
        "comment déclarer mes revenus à la CAF ?",
        "comment signaler une fraude aux allocations ?"
    })
    void leavesQuestionsAboutFraudAlone(String message) {
        assertThat(rules.harmful(message)).as(message).isEmpty();
    }

    @Test
    void checksTheQuestionAsTypedAndAsRephrased() {
        assertThat(rules.crisis("What benefits can I get?", "i can't go on")).map(PatternRule::qualifiedId)
                .contains("en/cant_go_on");
        assertThat(rules.crisis(null, "How much is JSA?")).isEmpty();
    }
}
