package guichet.app.ask.pasted;

import guichet.app.shared.rules.MatchText;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The sentences of a letter a citizen must not miss, in the letter's own words and order: those with
 * a date, a time, an amount, something to do or bring, a deadline, a right. Greetings, sign-offs and
 * headings are left out. Extractive on purpose: with a very small model, the letter's own sentences
 * are the only summary that cannot change a date or an amount.
 */
public final class KeySentences {

    private static final int MAX_SENTENCES = 6;
    private static final String MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
            + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
            + "|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre";
    private static final Pattern DATE = Pattern.compile("\\b\\d{1,2}(st|nd|rd|th|er)? (" + MONTHS + ")\\b|\\b(" + MONTHS
            + ") \\d{1,2}\\b|\\b\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\b|\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\b");
    private static final Pattern TIME = Pattern.compile("\\b\\d{1,2}([:.]\\d{2}) ?(am|pm)?\\b|\\b\\d{1,2} ?(am|pm)\\b|\\b\\d{1,2} ?h ?\\d{0,2}\\b");
    private static final Pattern AMOUNT = Pattern.compile("[£€$] ?\\d|\\d ?(€|euros?|pounds?)\\b|\\d+[.,]\\d{2}\\b");
    private static final Pattern DURATION = Pattern.compile("\\b\\d+ (days?|weeks?|months?|years?|jours?|semaines?|mois|ans?)\\b"
            + "|\\b(one|two|three|un|deux|trois) (month|months|week|weeks|mois|semaines?)\\b");
    private static final Pattern ACTION = Pattern.compile("\\b(you (need|must|have|should|will need) to|please (bring|attend|come|contact|call|send|tell|"
            + "complete|return|provide|let)|bring|attend|contact us|call us|tell us|you can ask|you may|if you (disagree|cannot|can't|do not|don't)"
            + "|ask us|reconsider|appeal|deadline|within|before the|by the|from your|will be (reduced|stopped|taken|recovered|increased)"
            + "|we will|we have decided|you were overpaid|must|vous devez|merci de|veuillez|vous pouvez|vous etes convoque|convoque|"
            + "apportez|presentez-vous|munissez-vous|contactez|a compter du|avant le|dans un delai|au plus tard|sous peine|faute de"
            // A time to answer in, and what the letter will do: "vous disposez d'un délai de 10 jours", "nous envisageons une suppression".
            + "|you have \\d+|delai|vous disposez|vous avez \\d+|nous envisageons|suppression|radiation|suspension|suspendu|suspendue"
            + "|reduit|reduite|retenue|will be suspended|suspended|sanction)\\b");
    private static final Pattern SALUTATION = Pattern.compile("^(dear|hi|hello|good (morning|afternoon)|to whom|bonjour|madame|monsieur|"
            + "cher|chere|mesdames|messieurs)\\b.{0,60}$|^(yours|kind regards|best regards|regards|many thanks|thanks|sincerely|best wishes|"
            + "cordialement|bien a vous|bien cordialement|salutations|veuillez agreer|je vous prie d'agreer|sincerement)\\b"
            + "|\\b(any questions|n'hesitez pas)\\b");

    private KeySentences() {
    }

    /** @param language the letter's language, for sentence boundaries */
    public static List<String> of(String letter, String language) {
        List<Scored> scored = new ArrayList<>();
        int position = 0;
        for (String line : letter.split("\\n")) {
            String clean = line.strip();
            if (clean.isEmpty()) {
                continue;
            }
            BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.forLanguageTag(language));
            iterator.setText(clean);
            int start = iterator.first();
            for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
                String sentence = clean.substring(start, end).strip();
                if (isLetterText(sentence)) {
                    scored.add(new Scored(sentence, score(sentence), position++));
                }
            }
        }
        List<Scored> chosen = scored.stream().filter(s -> s.score() >= 2)
                .sorted(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::position))
                .limit(MAX_SENTENCES).sorted(Comparator.comparingInt(Scored::position)).toList();
        if (chosen.isEmpty()) {
            chosen = scored.stream().limit(3).toList();
        }
        return chosen.stream().map(Scored::text).toList();
    }

    /** A sentence of the letter's body: words, a verb's length at least, not a greeting or a sign-off. */
    private static boolean isLetterText(String sentence) {
        String text = MatchText.of(sentence);
        return text.split("\\s+").length >= 5 && !SALUTATION.matcher(text).find();
    }

    static int score(String sentence) {
        String text = MatchText.of(sentence);
        int score = 0;
        score += DATE.matcher(text).find() ? 3 : 0;
        score += TIME.matcher(text).find() ? 2 : 0;
        score += AMOUNT.matcher(text).find() ? 3 : 0;
        score += DURATION.matcher(text).find() ? 1 : 0;
        score += ACTION.matcher(text).find() ? 2 : 0;
        return score;
    }

    private record Scored(String text, int score, int position) {
    }
}
