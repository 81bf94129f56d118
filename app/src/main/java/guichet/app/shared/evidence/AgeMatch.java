package guichet.app.shared.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the asker's age from a question ("I'm 19", "my son is 17", "j'ai 24 ans") and the age bands a
 * sentence of guidance speaks of ("aged 18 to 24", "25 or over", "under 18", "de 18 à 25 ans", "moins de
 * 26 ans"), so that the row of a rate table or the line of a list that fits the asker is preferred over
 * its neighbours: a pure function.
 */
public final class AgeMatch {

    /** How a sentence's age bands relate to the asker's age. */
    public enum Fit { FITS, OTHER_BANDS, NO_BANDS }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final int MIN_AGE = 14;
    private static final int MAX_AGE = 99;
    private static final String AGE = "(\\d{2})";
    private static final Pattern ASKER_AGE = Pattern.compile(String.join("|",
            "\\b(?:i'?m|i am|im|i['’]m|(?:he|she|son|daughter|child|kid|mum|mom|mother|dad|father|partner|wife|husband|boy|girl)"
                    + "(?:['’]s| is)|aged?|turned|turning)\\s+(?:now\\s+|just\\s+|only\\s+)?" + AGE
                    + "\\b(?!\\s*(?:%|hours?|hrs|days?|weeks?|months?|years? (?:ago|of)|pounds|£|k\\b))",
            "\\b" + AGE + "[\\s-]*(?:years?|yrs?)[\\s-]*old\\b",
            "\\b" + AGE + "[\\s-]*year[\\s-]*old\\b",
            "\\b(?:j['’]ai|il a|elle a|a|âgée? de|agee? de)\\s+" + AGE + "\\s*ans\\b",
            "\\b" + AGE + "\\s*ans\\b(?!\\s*(?:de|d['’]))"), FLAGS);
    private static final String UNIT_AFTER = "(?!\\s*(?:%|hours?|days?|weeks?|months?|heures?|jours?|semaines?|mois|£|€))";
    private static final Pattern BETWEEN = Pattern.compile(
            "\\b(?:aged\\s+|between\\s+|de\\s+|entre\\s+)?(\\d{2})\\s*(?:to|-|–|and|à|et)\\s*(\\d{2})\\b" + UNIT_AFTER, FLAGS);
    private static final Pattern AND_OVER = Pattern.compile(
            "\\b(?:aged\\s+)?(\\d{2})\\s*(?:ans\\s+)?(?:or|and|ou|et)\\s+(?:over|older|above|plus)\\b", FLAGS);
    private static final Pattern OVER = Pattern.compile(
            "\\b(?:over|older than|above|plus de)\\s+(?:the age of\\s+|age\\s+)?(\\d{2})\\b" + UNIT_AFTER, FLAGS);
    private static final Pattern AT_LEAST = Pattern.compile(
            "\\b(?:au moins|à partir de|from age|at least|minimum)\\s+(?:the age of\\s+|age\\s+)?(\\d{2})\\b" + UNIT_AFTER,
            FLAGS);
    private static final Pattern UNDER = Pattern.compile(
            "\\b(?:under|below|younger than|moins de|under the age of)\\s+(?:the age of\\s+|age\\s+)?(\\d{2})\\b" + UNIT_AFTER,
            FLAGS);
    // A band is about age only where the sentence says so.
    private static final Pattern AGE_WORD = Pattern.compile("\\b(aged?|years? old|under|over|ans|âgée?s?|jeunes?|older)\\b",
            FLAGS);

    private AgeMatch() {
    }

    /** The asker's age, when the question states one. */
    public static OptionalInt askerAge(String question) {
        Matcher matcher = ASKER_AGE.matcher(question);
        while (matcher.find()) {
            for (int group = 1; group <= matcher.groupCount(); group++) {
                if (matcher.group(group) != null) {
                    int age = Integer.parseInt(matcher.group(group));
                    if (age >= MIN_AGE && age <= MAX_AGE) {
                        return OptionalInt.of(age);
                    }
                }
            }
        }
        return OptionalInt.empty();
    }

    /** Whether {@code sentence} speaks of an age band holding {@code age}, only of others, or of none. */
    public static Fit fit(String sentence, int age) {
        if (!AGE_WORD.matcher(sentence).find()) {
            return Fit.NO_BANDS;
        }
        List<int[]> bands = bands(sentence);
        if (bands.isEmpty()) {
            return Fit.NO_BANDS;
        }
        return bands.stream().anyMatch(band -> band[0] <= age && age <= band[1]) ? Fit.FITS : Fit.OTHER_BANDS;
    }

    /** The bands as [lowest, highest] ages. */
    static List<int[]> bands(String sentence) {
        List<int[]> bands = new ArrayList<>();
        Matcher between = BETWEEN.matcher(sentence);
        while (between.find()) {
            int low = Integer.parseInt(between.group(1));
            int high = Integer.parseInt(between.group(2));
            if (low < high && low >= MIN_AGE - 4) {
                bands.add(new int[]{low, high});
            }
        }
        Matcher andOver = AND_OVER.matcher(sentence);
        while (andOver.find()) {
            bands.add(new int[]{Integer.parseInt(andOver.group(1)), MAX_AGE});
        }
        Matcher over = OVER.matcher(sentence);
        while (over.find()) {
            bands.add(new int[]{Integer.parseInt(over.group(1)) + 1, MAX_AGE});
        }
        Matcher atLeast = AT_LEAST.matcher(sentence);
        while (atLeast.find()) {
            bands.add(new int[]{Integer.parseInt(atLeast.group(1)), MAX_AGE});
        }
        Matcher under = UNDER.matcher(sentence);
        while (under.find()) {
            bands.add(new int[]{0, Integer.parseInt(under.group(1)) - 1});
        }
        return bands;
    }
}
