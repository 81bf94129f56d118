package guichet.app.shared.evidence;

import guichet.knowledge.index.Analyzers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The things a question names ("attendance allowance", "winter fuel payment", "prime d'activité") and
 * whether a text is about them. A name is two adjacent words of the question, neither a word any
 * question uses (pronouns, "how much", "per week"), that a title or heading of the guidance writes as
 * a proper name (the caller asks the index): asked "how much is attendance allowance", an amount
 * quoted from a section on another benefit does not answer it.
 */
public final class NamedSubjects {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*(?:['’]\\p{L}+)?");
    // Words of the asking, not of the subject: "how much do I get a week", "combien je touche par mois".
    private static final Set<String> GENERIC = Set.copyOf(Arrays.asList(("a an and are as at be but by for if in into is it no not of on or"
            + " such that the their then there these they this to was will with i i'm im me my we we're our you your"
            + " he she him her his its do does did can could would should how much what whats what's when where who which"
            + " why get gets got have has had am been being from about per each one any some all more most other than so"
            + " up out over just also may might must shall week weeks year years month months day days weekly monthly"
            + " yearly cost costs many pay paid paying payment payments amount rate rates give money"
            + " le la les l' un une des du de d' et ou en au aux à je j' me m' moi mon ma mes tu te ton ta tes il elle"
            + " on nous vous ils elles son sa ses leur leurs notre nos votre vos ce cet cette ces qui que qu' quoi quel"
            + " quelle quels quelles combien est sont suis ai as a avons avez ont être avoir peux peut pouvez puis dois"
            + " doit pour par sur dans avec sans pas ne plus touche toucher payé payée montant taux prix coût semaine"
            + " semaines mois an ans année années jour jours mensuel mensuelle").split(" ")));

    private NamedSubjects() {
    }

    /** Adjacent pairs of the question's words that could be a name, in the order written. */
    public static List<String> candidates(String question) {
        List<String> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(question.toLowerCase(Locale.ROOT));
        while (matcher.find()) {
            words.add(matcher.group());
        }
        Set<String> pairs = new LinkedHashSet<>();
        for (int i = 0; i + 1 < words.size(); i++) {
            String first = words.get(i);
            String second = words.get(i + 1);
            if (first.length() > 2 && second.length() > 2 && !GENERIC.contains(first) && !GENERIC.contains(second)) {
                pairs.add(first + " " + second);
            }
        }
        return List.copyOf(pairs);
    }

    /**
     * Whether some quote stating a quantity is about the name: the sentence, its page's title or the
     * headings above it hold the name (a section's sentences name their subject in its headings).
     */
    public static boolean amountsAbout(List<Quote> quotes, String name, String language) {
        return quotes.stream().filter(quote -> AnswerKinds.hasQuantity(quote.sentence()))
                .anyMatch(quote -> mentions(quote.sentence() + "\n" + quote.source().title() + "\n"
                        + String.join("\n", quote.source().headingPath()), name, language));
    }

    /** Whether the text holds the name, both read by the language's analyzer (stemmed, stop words out). */
    public static boolean mentions(String text, String name, String language) {
        List<String> nameTerms = terms(name, language);
        return !nameTerms.isEmpty() && Collections.indexOfSubList(terms(text, language), nameTerms) >= 0;
    }

    /**
     * Whether the title or heading writes the name as a proper name, each of its words capitalised
     * ("Attendance Allowance Exportability Team"), not as ordinary words ("If you work part time").
     */
    public static boolean writtenAsName(String label, String name, String language) {
        List<String> nameTerms = terms(name, language);
        Matcher matcher = WORD.matcher(label);
        List<String> words = new ArrayList<>();
        while (matcher.find()) {
            words.add(matcher.group());
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Character.isUpperCase(words.get(i).codePointAt(0)) && Character.isUpperCase(words.get(i + 1).codePointAt(0))
                    && terms(words.get(i) + " " + words.get(i + 1), language).equals(nameTerms)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> terms(String text, String language) {
        return Analyzers.terms(Analyzers.shared(Analyzers.suffix(language)), text);
    }
}
