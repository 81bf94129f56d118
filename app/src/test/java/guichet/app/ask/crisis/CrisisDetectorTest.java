package guichet.app.ask.crisis;

import guichet.app.ask.text.AskFixtures;
import guichet.app.ask.routing.AlikeEmbeddings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The crisis rules alone: an embedder that finds every text alike, so no example counts. */
class CrisisDetectorTest {

    private static final CrisisDetector DETECTOR = new CrisisDetector(AskFixtures.resources(), AlikeEmbeddings::new);

    @ParameterizedTest
    @ValueSource(strings = {
        // From a third set of fresh probes (general forms, not their sentences).
        "I left notes for the kids and decided who gets the cat. Will my ESA stop on its own?",
        "every night i stand on the motorway bridge thinking how easy it would be",
        "my husband has taken my passport and my bank cards, I can't leave",
        "the bruises are my fault he says",
        "the formula's gone and the meter is on emergency credit, when is UC paid",
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
        "I just want the pain to stop",
        "I keep thinking about stepping in front of a lorry",
        "I don't think I'll make it through another week like this",
        "what's the point of carrying on when I've lost everything",
        "I've given away my things and said my goodbyes",
        "I've got 50p to last me until next Thursday",
        "our gas and electric have both run out and we've a newborn"
    })
    void recognisesEnglishCrisis(String message) {
        assertThat(DETECTOR.detect(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "J'ai préparé mes lettres d'adieu, je veux juste régler mon dossier CAF",
        "Plus de lait infantile pour mon bébé et plus un centime sur le compte",
        "Ma fille de 13 ans voit un homme de 35 ans qui lui paie tout",
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
        "ils seraient tous mieux sans moi",
        "j'ai préparé des lettres pour mes enfants au cas où"
    })
    void recognisesFrenchCrisis(String message) {
        assertThat(DETECTOR.detect(message)).as(message).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "My husband takes the car to work, can I claim travel costs to the jobcentre?",
        "Can I marry my partner while on Universal Credit, and will it change our award?",
        "The train line was cancelled so I missed my appointment, will I be sanctioned?",
        "I bought a rope ladder for my loft conversion, is it a permitted expense?",
        "I want my paperwork tidy and everything sorted before I go on maternity leave",
        "What school meals can my kids get if I'm on Universal Credit?",
        "The council is cutting my housing benefit again, can I appeal?",
        "They're cutting my hours again at work, does UC go up?",
        "He locked the door of the office before I could hand in my form",
        "My daughter is 15 and works at a cafe with an older man as manager, does it affect Child Benefit?",
        "Will a food parcel from the church count as income?",
        "How do I report a change if the bridge I cross to work is closed?",
        "Who gets Child Benefit after we separate, me or my ex?",
        "Can I take my passport to the Jobcentre as ID?",
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
        "I want the deductions from my Universal Credit to stop",
        "My dad had a stroke last year, can he get Attendance Allowance?",
        "how do I apply for a Cold Weather Payment",
        "what's the number for the stalking helpline and is it open late?",
        "I'm 17, can I get an apprenticeship?",
        "I won't be around next month, can I sign on late?",
        "I don't think I'll make it to the appointment on Monday, can I rearrange?",
        "what's the point of the work search review?",
        "I stepped in front of the camera for my ID check, was that right?",
        "I broke my leg before starting the job, can I still claim sick pay?",
        "the DWP isn't responding to my emails, who else can I contact?",
        "the website locked me out of my account after three tries",
        "I have £3000 in my account, can I still claim Universal Credit?",
        "I took a whole box of documents to the jobcentre and they wanted none of it",
        "I've been in the street market all day, do I count as self-employed?",
        "if someone gets hurt at work, who pays their wages?",
        "My son got good marks in his exams, can he stay on at college with an EMA?",
        "I'll show her the letter tomorrow, does she need to sign it too?",
        "my dad ended his contract early, can he end it today and still get paid notice?",
        "I'm diabetic, can I get PIP for it?",
        "how do I say goodbye to my work coach when I start my new job?",
        "my electricity was cut off last year, will that affect my credit rating?"
    })
    void leavesEnglishQuestionsAlone(String message) {
        assertThat(DETECTOR.detect(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Où trouver une lettre type pour dire adieu à mon employeur après ma démission ?",
        "Mon fils de 16 ans fait un stage chez un artisan de 45 ans, faut-il le déclarer à la CAF ?",
        "je ne pense pas tenir le délai de 15 jours pour envoyer mon dossier",
        "j'ai reçu une menace d'expulsion pour l'an prochain, quels sont mes droits ?",
        "mon employeur veut me mettre à la porte, ai-je droit au chômage ?",
        "je voudrais me marier l'an prochain, est-ce que ça change mon RSA ?",
        "le 115 c'est quel numéro exactement, pour une amie qui cherche des infos pour l'hiver prochain ?",
        "la CAF a mis mon adresse à jour, est-ce que je dois envoyer un justificatif ?",
        "le site de la CAF était coupé hier soir, comment envoyer ma déclaration ?",
        "j'en peux plus de ce formulaire",
        "je n'en peux plus d'attendre mon paiement",
        "je veux en finir avec ce dossier",
        "suis-je en danger de perdre mon logement ?",
        "mon patron me menace de me licencier",
        "que se passe-t-il pour ma retraite si je meurs ?",
        "je me suis blessé au travail, est-ce un accident du travail ?",
        "combien de temps pour une expulsion locative ?",
        "aide alimentaire pour les étudiants ?",
        "j'ai eu un AVC l'an dernier, ai-je droit à une pension d'invalidité ?",
        "j'ai 16 ans, puis-je travailler l'été ?",
        "que faire en cas de harcèlement moral au travail ?",
        "j'ai été virée aujourd'hui, ai-je droit au chômage ?",
        "mon fils fait des crises d'asthme, a-t-il droit à l'AEEH ?",
        "mon patron me surveille avec une caméra au bureau, c'est légal ?",
        "je veux m'inscrire à France Travail sans le dire à mes parents, c'est possible à 17 ans ?",
        "je voudrais en finir avec ce dossier de retraite avant demain",
        "comment dire adieu à un collègue qui part à la retraite ?",
        "le mariage de ma fille est prévu en juin, a-t-on droit à un congé ?",
        "combien coûte le lait infantile remboursé par la CAF ?"
    })
    void leavesFrenchQuestionsAlone(String message) {
        assertThat(DETECTOR.detect(message)).as(message).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "started cutting my arms again after the tribunal | suicide",
        "the tablets are lined up on the table and i keep counting them | suicide",
        "my partner locked me in and took my keys | abuse",
        "he won't let me see my mum or go out on my own | abuse",
        "the kids haven't had any dinner and the cupboards are bare | hunger",
        "need a food parcel today please | hunger",
        "my friend is 14 and lives with an older man who gives her drugs | child",
        "my wife keeps all my pip and gives me pocket money | abuse",
        "my parents are making me go abroad this summer to marry my cousin | abuse",
        "my ex said he would stab me if I tell the jobcentre | abuse",
        "the dealer i owe money to knows where my mum lives | threat",
        "no money, really hungry, what can i do today | hunger",
        "I found a rope in the shed and I keep thinking about it | suicide",
        "j'ai trouvé une corde et je pense à demain | suicide",
        "il ne me laisse jamais sortir seule et il garde ma carte vitale | abuse",
        "ils ont publié mon adresse sur un groupe et je reçois des menaces | threat",
        "plus rien dans le frigo et les enfants rentrent de l'école | hunger",
        "j'appelle le 115 depuis une heure avec mes enfants | homeless",
        "a man from the pub says he knows what school my daughter goes to | threat",
        "my brothers say I've shamed the family and I'm being sent abroad to be married | abuse",
        "my husband forced himself on me again last night | abuse",
        "I've been skipping meals for a week so the kids can eat | hunger",
        "I've sorted my affairs and made everything tidy before I go. | suicide",
        "le voisin a sorti un couteau dans l'escalier hier | threat",
        "mon fils lui prend sa retraite tous les mois | abuse",
        "ma famille veut me marier cet été avec un cousin | abuse",
        "j'ai mis des cachets de côté, au cas où | suicide",
        "mon fils a avalé des comprimés, il est tout mou | medical",
        "je ne pense pas tenir encore longtemps comme ça | suicide",
        "mon mari m'a encore frappée ce matin | abuse",
        "le compteur est coupé depuis hier et on a un nourrisson | hunger",
        "il fait 11 degrés dans l'appartement et la chaudière est en panne depuis une semaine | hunger",
        "I think I'm having a heart attack, my chest pain won't go away | medical",
        "my wife collapsed and is unresponsive | medical",
        "he's slurring his words and his face is drooping | medical",
        "I've run out of insulin and I can't afford more till friday | medical",
        "my electric has run out and it's freezing, I've a baby | hunger",
        "I've only got £2 left and nothing to eat | hunger",
        "the landlord changed the locks, where can we sleep tonight | homeless",
        "the night shelter is full | homeless",
        "a man said he's going to stab me when I leave | threat",
        "someone I owe money to says he'll break my legs, the loan shark will come for me | threat",
        "he keeps following me home and waiting outside my house | threat",
        "my partner checks my phone and takes my money | abuse",
        "the kids next door have been left alone since monday | child",
        "my ex's boyfriend was convicted of hurting a child and my son stays there | child",
        "j'ai une douleur dans la poitrine qui part dans le bras gauche | medical",
        "il m'a menacée avec un couteau | threat",
        "on m'a mise dehors, où est-ce que je peux dormir ? | homeless",
        "il me reste 4 euros jusqu'à la fin du mois | hunger",
        "mon mari garde mes papiers et mon argent | abuse",
        "le voisin laisse son bébé seul toute la journée | child",
        // From a second set of fresh probes, written by someone who had not read the rules.
        "been stockpiling my meds for a few weeks now. dunno why im typing this to a bot | suicide",
        "i dont see the point of filling in this UC form tbh, i wont be around by the time the first payment comes through anyway | suicide",
        "where can i sleep tonite im on the street in leeds its freezing | homeless",
        "if my payment isn't in by friday im coming down to that jobcentre and someone is getting hurt | threat",
        "honestly gonna burn the job centre down with them all in it | threat",
        "got my dad's shotgun in the boot. next time that advisor tells me i'm fit for work | threat",
        "I left last night after he had his hands round my neck, I'm at my sister's | abuse",
        "she leaves him in his cot all day in the same nappy while she's out, he's lost weight | child",
        "gas gone, no credit, babys bottles need warming and i cant even boil the kettle | hunger",
        "skint. totally. not a penny til payday on the 3rd, rent took the lot. what do people do | hunger",
        "jvois plus l'intérêt de rien, la CAF m'a encore coupé le RSA et je crois que je vais en finir ce soir | suicide",
        "tu crois que ça fait mal de sauter du 8e ? je demande sérieusement | suicide",
        "si la CAF me rembourse pas demain je viens avec un couteau et je plante la conseillère | threat",
        "mon mec m'a enfermée dans l'appart et il a pris mes clés et mon tel | abuse",
        "ma mère boit et elle oublie de lui donner à manger, il a 6 ans | child",
        "je constate des bleus sur les bras et le dos de mon petit-fils de 5 ans | child",
        "mon père vient de s'effondrer dans la cuisine il respire plus je fais quoi | medical",
        "jarrive plus a respirer jsuis en pleine crise d'asthme et j'ai plus de ventoline | medical",
        "ça fait trois jours que je mange plus, je garde le peu qu'il reste pour ma fille | hunger",
        "ma sœur m'a laissé un sms d'adieu cette nuit et son portable est éteint depuis | suicide",
        "on veut marier ma copine de classe de force pendant les vacances, elle a 15 ans | abuse",
        "y a plus de lait pour le petit et la CAF a rien versé | hunger",
        "mon voisin dort dans sa voiture depuis une semaine avec son chien | homeless",
        "my mum's been living on toast and tea since her pension stopped | hunger",
        "a 30 year old man keeps picking her up from school, my niece is 14 | child",
        "he's diabetic and really shaky and confused, can't get any sense out of him | medical",
        "my brother has been sleeping in his van since the landlord changed the locks | homeless"
    })
    void findsTheCategory(String message, String category) {
        assertThat(DETECTOR.detect(message)).as(message).hasValueSatisfying(found -> assertThat(found.categories()).contains(category));
    }

    @Test
    void aYoungPersonCountsOnlyBesideACrisis() {
        assertThat(DETECTOR.detect("I'm 15 and my stepdad hits me")).hasValueSatisfying(found ->
                assertThat(found.categories()).contains("abuse", "young"));
        assertThat(DETECTOR.detect("I'm 15, how much is the apprentice wage?")).isEmpty();
    }

    @Test
    void checksTheRequestAsTypedAndAsRephrased() {
        assertThat(DETECTOR.detect("What benefits can I get?", "i can't go on")).hasValueSatisfying(found -> {
            assertThat(found.categories()).containsExactly("suicide");
            assertThat(found.how()).isEqualTo("suicide by rule en/suicide_cant_go_on");
        });
        assertThat(DETECTOR.detect(null, "How much is JSA?")).isEmpty();
    }

    @Test
    void splitsAMessageIntoSentences() {
        assertThat(guichet.app.ask.routing.CategoryDetector.sentences("I lost my job. I can't see a way out!")).containsExactly("I lost my job.",
                "I can't see a way out!", "I lost my job. I can't see a way out!");
        assertThat(guichet.app.ask.routing.CategoryDetector.sentences("ok")).containsExactly("ok");
    }
}
