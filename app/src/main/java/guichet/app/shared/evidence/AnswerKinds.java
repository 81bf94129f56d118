package guichet.app.shared.evidence;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What kind of answer a question asks for (an amount, a duration, a phone number) and whether a sentence of guidance
 * gives that kind: the evidence selector prefers such sentences, and a question asking for money that
 * no quote answers with a figure is not answered (ADR 28). Pure functions, English and French.
 */
public final class AnswerKinds {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    // "What is the minimum wage", "what's the fee", "quel est le Smic": a money noun after "what is" asks its amount.
    private static final Pattern ASKS_AMOUNT = Pattern.compile(
            "\\b(how much|what rate|rates?|amount|pay(ment)?s? (is|are)|weekly|monthly|combien|quel montant|montant|taux"
                    + "|what(?:'s|’s| is| are| will be) (?:the |my |our )?(?:\\w+ ){0,2}(?:wage|salary|fee|cost|price|charge)s?"
                    + "|quel(?:le)? (?:est|sera) (?:le |la |l['’])?(?:smic|salaire|tarif|prix|co[uû]t|r[ée]mun[ée]ration))\\b",
            FLAGS);
    private static final Pattern HAS_AMOUNT = Pattern.compile("[£€$]\\s?\\d|\\d\\s?(€|euros?|%|pounds?)", FLAGS);
    private static final Pattern ASKS_DURATION = Pattern.compile(
            "\\b(how long|how many (days|weeks|months|years)|until when|by when|deadline|combien de temps|"
                    + "pendant combien|quelle durée|durée|délai|jusqu'à quand)\\b", FLAGS);
    private static final Pattern HAS_DURATION = Pattern.compile(
            "\\d+\\s*(days?|weeks?|months?|years?|jours?|semaines?|mois|ans?|années?)\\b", FLAGS);
    // Narrower than ASKS_AMOUNT: a sum of money or a rate, not "how much leave" or "combien de jours".
    private static final Pattern ASKS_MONEY = Pattern.compile(
            "\\b(how much|what rate|what's the rate|cost|costs|price|fee|fees|combien(?! de (temps|jours?|mois|semaines?|"
                    + "heures?|ann[ée]es?|fois|personnes?|salari[ée]s?))|quel montant|montant|taux|tarif|prix)\\b", FLAGS);
    private static final Pattern ASKS_NOT_MONEY = Pattern.compile("\\bhow much (notice|time|leave|holiday|longer|of)\\b",
            FLAGS);
    // Any quantity a "how much" can be answered with: money, a rate, a duration, "double".
    private static final Pattern HAS_QUANTITY = Pattern.compile("[£€$]\\s?\\d|\\d\\s?(€|euros?|%|pounds?)"
            + "|\\d+\\s*(minutes?|hours?|days?|weeks?|months?|years?|jours?|semaines?|mois|ans|heures?)\\b"
            + "|\\b(double|twice|half|moitié)\\b", FLAGS);

    // "What number do I ring", "the phone number for", "helpline", "appeler": a number to call, not "how many".
    private static final Pattern ASKS_PHONE = Pattern.compile("\\b(phone|telephone|phone number|what number|which number|"
            + "number (do|should|can) (i|we|you) (ring|call)|number to (ring|call)|ring|call (them|you|someone|the)|helpline|"
            + "contact number|num[ée]ro de t[ée]l[ée]phone|t[ée]l[ée]phone|quel num[ée]ro|appeler|joindre)\\b", FLAGS);
    // A UK number (0800 015 0400, 0370 000 2288, +44 20 7946 0000) or a French one (01 23 45 67 89).
    private static final Pattern HAS_PHONE = Pattern.compile("(?<![\\d£€$.,])(\\+44\\s?\\(?0?\\)?\\d{2,4}|0\\d{2,4})[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)"
            + "|(?<![\\d£€$.,])0\\d([\\s.]?\\d{2}){4}(?!\\d)");

    private AnswerKinds() {
    }

    /** The question asks "how much", "what rate", "combien"... */
    public static boolean wantsAmount(String question) {
        return ASKS_AMOUNT.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    public static boolean hasAmount(String sentence) {
        return HAS_AMOUNT.matcher(sentence).find();
    }

    /** The question asks "how long", "by when", "quel délai"... */
    public static boolean wantsDuration(String question) {
        return ASKS_DURATION.matcher(question.toLowerCase(Locale.ROOT)).find();
    }

    public static boolean hasDuration(String sentence) {
        return HAS_DURATION.matcher(sentence).find();
    }

    /** The question asks for a number to call ("what number do I ring", "helpline", "quel numéro"). */
    public static boolean wantsPhoneNumber(String question) {
        return ASKS_PHONE.matcher(question).find();
    }

    /** The sentence gives a phone number. */
    public static boolean hasPhoneNumber(String sentence) {
        return HAS_PHONE.matcher(sentence).find();
    }

    /** The question asks for a sum of money or a rate (not "how much leave"). */
    public static boolean asksForMoney(String question) {
        return ASKS_MONEY.matcher(question).find() && !ASKS_NOT_MONEY.matcher(question).find();
    }

    /** The sentence states a quantity a "how much" can be answered with. */
    public static boolean hasQuantity(String sentence) {
        return HAS_QUANTITY.matcher(sentence).find();
    }
}
