package guichet.app.desk.analysis.urgency;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the dates a sentence names, in English and French, and resolves them against the day the
 * message was received, with {@code java.time}: "today", "tonight", "tomorrow", "demain", "in two
 * days", "within 24 hours", weekdays ("Friday", "next Monday", "jeudi", "lundi prochain", "last
 * Tuesday"), days of the month ("by the 3rd", "on the 6th", "le 3", "avant le 25"), dates ("31 March",
 * "le 19 mars 2026", "Friday 13 November", "12/03") and months ("in October", "en janvier").
 *
 * <p>A bare weekday is read forwards (the next one, today included) unless the sentence is in the
 * past tense; a day of the month or a date without a year is the nearest such day (a month either
 * way). The text must already be in matching form (lower case, no accents, straight apostrophes).
 * No library was used: none that resolves both languages is maintained (ADR 14, addendum).
 *
 * <p>Longer than most classes: one pattern and one resolution per kind of date, in two languages.
 */
public final class RelativeDates {

    private static final Map<String, DayOfWeek> WEEKDAYS = Map.ofEntries(
            Map.entry("monday", DayOfWeek.MONDAY), Map.entry("tuesday", DayOfWeek.TUESDAY),
            Map.entry("wednesday", DayOfWeek.WEDNESDAY), Map.entry("thursday", DayOfWeek.THURSDAY),
            Map.entry("friday", DayOfWeek.FRIDAY), Map.entry("saturday", DayOfWeek.SATURDAY),
            Map.entry("sunday", DayOfWeek.SUNDAY), Map.entry("lundi", DayOfWeek.MONDAY),
            Map.entry("mardi", DayOfWeek.TUESDAY), Map.entry("mercredi", DayOfWeek.WEDNESDAY),
            Map.entry("jeudi", DayOfWeek.THURSDAY), Map.entry("vendredi", DayOfWeek.FRIDAY),
            Map.entry("samedi", DayOfWeek.SATURDAY), Map.entry("dimanche", DayOfWeek.SUNDAY));

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("janvier", 1),
            Map.entry("february", 2), Map.entry("feb", 2), Map.entry("fevrier", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("mars", 3),
            Map.entry("april", 4), Map.entry("apr", 4), Map.entry("avril", 4),
            Map.entry("may", 5), Map.entry("mai", 5),
            Map.entry("june", 6), Map.entry("jun", 6), Map.entry("juin", 6),
            Map.entry("july", 7), Map.entry("jul", 7), Map.entry("juillet", 7),
            Map.entry("august", 8), Map.entry("aug", 8), Map.entry("aout", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("septembre", 9),
            Map.entry("october", 10), Map.entry("oct", 10), Map.entry("octobre", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("novembre", 11),
            Map.entry("december", 12), Map.entry("dec", 12), Map.entry("decembre", 12));

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("un", 1), Map.entry("une", 1),
            Map.entry("two", 2), Map.entry("deux", 2), Map.entry("couple of", 2), Map.entry("a couple of", 2),
            Map.entry("a few", 3), Map.entry("three", 3),
            Map.entry("trois", 3), Map.entry("four", 4), Map.entry("quatre", 4), Map.entry("five", 5),
            Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("sept", 7),
            Map.entry("eight", 8), Map.entry("huit", 8), Map.entry("nine", 9), Map.entry("neuf", 9),
            Map.entry("ten", 10), Map.entry("dix", 10), Map.entry("few", 3), Map.entry("quelques", 3),
            Map.entry("several", 3), Map.entry("plusieurs", 3));

    private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi"
            + "|jeudi|vendredi|samedi|dimanche)";
    private static final String MONTH = "(january|february|march|april|may|june|july|august|september|october|november"
            + "|december|janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre"
            + "|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)";
    private static final String COUNT = "(\\d{1,2}|a few|a couple of|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several"
            + "|couple of|un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|quelques|plusieurs)";
    private static final String ORDINAL = "(\\d{1,2})(?:st|nd|rd|th|er|eme)?";
    /** A day number that is not a date: "the 3rd floor", "le 3 rue de la Forge", "le 3949". */
    private static final String NOT_A_DAY = "(?! ?(?:time|times|floor|birthday|child|year|week|attempt|call|letter|one"
            + "|rue|avenue|av\\b|boulevard|bd\\b|allee|chemin|place|impasse|route|quai|bis|ter|fois|etage|enfant|h\\b|h\\d"
            + "|heures?|%|€|euros?|£|\\d|[.,:/]\\d|am\\b|pm\\b|minutes?|jours|days|semaines|weeks|mois|months|ans|years))";

    private record Rule(Pattern pattern, Resolver resolver) {
    }

    @FunctionalInterface
    private interface Resolver {
        /** The day, or null when the words name none after all. */
        DateMention resolve(Matcher match, LocalDate received, boolean pastTense);
    }

    private static final List<Rule> RULES = List.of(
            // Explicit dates first, so that "Friday 13 November" is the 13th, not the next Friday.
            rule("\\b(?:" + WEEKDAY + ",? )?(?:the )?" + ORDINAL + " (?:of )?" + MONTH + "\\b(?: (\\d{4}))?",
                    (m, r, past) -> dayMonth(m.group(0), r, m.group(2), m.group(3), m.group(4), past, m.group(1))),
            rule("\\b(?:" + WEEKDAY + ",? )?" + MONTH + " " + ORDINAL + "\\b(?:,? (\\d{4}))?" + NOT_A_DAY,
                    (m, r, past) -> dayMonth(m.group(0), r, m.group(3), m.group(2), m.group(4), past, m.group(1))),
            rule("\\b(\\d{1,2})/(\\d{1,2})(?:/(\\d{2,4}))?\\b", (m, r, past) -> numeric(m, r, past)),
            rule("\\b" + WEEKDAY + ",? (?:the )?\\(?" + ORDINAL + "\\b\\)?" + NOT_A_DAY,
                    (m, r, past) -> dayOfMonth(m.group(0), r, m.group(2), past)),
            rule("\\b(day after tomorrow|apres-demain)\\b", (m, r, past) -> at(m, r.plusDays(2))),
            rule("\\b(avant-hier|day before yesterday)\\b", (m, r, past) -> at(m, r.minusDays(2))),
            rule("\\b(today|tonight|this (?:morning|afternoon|evening)|end of (?:the )?day|close of business"
                            + "|by (?:noon|midday|\\d{1,2}(?::\\d\\d|\\.\\d\\d)? ?(?:am|pm))|aujourd'?hui|ce (?:matin|soir|midi)"
                            + "|cet apres-midi|cette nuit|dans la journee|avant (?:ce soir|midi|la fin de (?:la )?journee)"
                            + "|ce jour(?!-))\\b",
                    (m, r, past) -> at(m, r)),
            rule("\\b(tomorrow|demain)\\b", (m, r, past) -> at(m, r.plusDays(1))),
            rule("\\b(yesterday|last night|hier(?: soir)?)\\b", (m, r, past) -> at(m, r.minusDays(1))),
            rule("\\b(?:within|in the next|sous|dans les) (24|48|72|twenty[- ]four|forty[- ]eight) ?h(?:ou)?(?:rs?|eures?)?\\b",
                    (m, r, past) -> at(m, r.plusDays(m.group(1).startsWith("24") || m.group(1).startsWith("twenty") ? 1
                            : m.group(1).startsWith("72") ? 3 : 2))),
            rule("\\b(?:in|within|dans|d'?ici|sous) (?:more than |over |plus de |moins de |less than |about |environ )?"
                            + COUNT + " (working |business |ouvres? )?(days?|jours?|weeks?|semaines?|months?|mois|fortnights?)\\b",
                    (m, r, past) -> ahead(m.group(0), r, m.group(1), m.group(3), 1)),
            rule("\\b" + COUNT + " (days?|weeks?|months?|years?|fortnights?) ago\\b",
                    (m, r, past) -> ahead(m.group(0), r, m.group(1), m.group(2), -1)),
            rule("\\bil y a " + COUNT + " (jours?|semaines?|mois|ans?)\\b",
                    (m, r, past) -> ahead(m.group(0), r, m.group(1), m.group(2), -1)),
            rule("\\b(a fortnight|quinze jours|15 jours)\\b", (m, r, past) -> at(m, r.plusDays(14))),
            rule("\\b(next week|la semaine prochaine)\\b", (m, r, past) -> at(m, r.plusDays(7))),
            rule("\\b(last week|la semaine derniere)\\b", (m, r, past) -> at(m, r.minusDays(7))),
            rule("\\b(this weekend|over the weekend|ce week-?end)\\b",
                    (m, r, past) -> at(m, r.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY)))),
            rule("\\b(?:(last|next|this|coming|since|until|till|from|by|before|on|depuis|avant|jusqu'?a|ce|des) )?" + WEEKDAY
                            + "(?: (prochain|dernier|qui vient|d'apres))?(?:'s)?\\b",
                    (m, r, past) -> weekday(m, r, past)),
            rule("\\b(since|from|until|till|by|before|on|due|the|is)(?: the)? (\\d{1,2})(?:st|nd|rd|th)\\b" + NOT_A_DAY,
                    (m, r, past) -> dayOfMonth(m.group(0), r, m.group(2), past)),
            rule("\\b(depuis le|a partir du|avant le|apres le|jusqu'?au|d'?ici le|le|au|du) (\\d{1,2})(?:er)?\\b" + NOT_A_DAY,
                    (m, r, past) -> dayOfMonth(m.group(0), r, m.group(2), past)),
            rule("\\b(in|since|from|until|by|before|end of|early|mid|late|last|next|en|depuis|fin|debut|mi|a partir de"
                            + "|d'?ici|jusqu'?en|avant)[ -]" + MONTH + "\\b(?: (\\d{4}))?",
                    (m, r, past) -> month(m, r, past)));

    /** In a sentence in the past tense, a date no further ahead than this is still read ahead. */
    private static final int MONTH_AHEAD = 31;

    private RelativeDates() {
    }

    private static Rule rule(String pattern, Resolver resolver) {
        return new Rule(Pattern.compile(pattern), resolver);
    }

    /**
     * The dates of one sentence, in the order they appear; words already read as part of a date are not
     * read again.
     *
     * @param pastTense the sentence speaks of the past: a bare weekday is then the last one
     */
    public static List<DateMention> find(String matchText, LocalDate received, boolean pastTense) {
        List<int[]> taken = new ArrayList<>();
        List<Object[]> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(matchText);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (taken.stream().anyMatch(span -> start < span[1] && end > span[0])) {
                    continue;
                }
                DateMention mention = rule.resolver().resolve(matcher, received, pastTense);
                if (mention != null) {
                    taken.add(new int[] {start, end});
                    found.add(new Object[] {start, mention});
                }
            }
        }
        found.sort(Comparator.comparingInt(entry -> (int) entry[0]));
        return found.stream().map(entry -> (DateMention) entry[1]).toList();
    }

    private static DateMention at(Matcher match, LocalDate date) {
        return new DateMention(match.group(0), date, false);
    }

    private static DateMention ahead(String text, LocalDate received, String count, String unit, int sign) {
        Integer n = count.matches("\\d+") ? Integer.valueOf(count) : NUMBERS.get(count);
        if (n == null) {
            return null;
        }
        long days = unit.startsWith("fortnight") ? 14L * n
                : unit.startsWith("week") || unit.startsWith("semaine") ? 7L * n
                : unit.startsWith("month") || unit.equals("mois") ? 30L * n
                : unit.startsWith("year") || unit.startsWith("an") ? 365L * n
                : text.contains("working") || text.contains("business") || text.contains("ouvre") ? workingDays(n) : n;
        return new DateMention(text, received.plusDays(sign * days), false);
    }

    /** Calendar days spanning {@code n} working days (weekends added). */
    private static long workingDays(int n) {
        return n + 2L * (n / 5);
    }

    private static DateMention weekday(Matcher match, LocalDate received, boolean pastTense) {
        String before = match.group(1);
        DayOfWeek day = WEEKDAYS.get(match.group(2));
        String after = match.group(3);
        boolean ongoing = "since".equals(before) || "from".equals(before) || "depuis".equals(before);
        LocalDate date;
        if ("last".equals(before) || "dernier".equals(after)) {
            date = received.with(TemporalAdjusters.previous(day));
        } else if ("next".equals(before) || "prochain".equals(after) || "coming".equals(before) || "qui vient".equals(after)) {
            date = received.with(TemporalAdjusters.next(day));
        } else if (ongoing || (pastTense && (before == null || "on".equals(before) || "ce".equals(before)))) {
            date = received.with(TemporalAdjusters.previousOrSame(day));
        } else {
            date = received.with(TemporalAdjusters.nextOrSame(day));
        }
        return new DateMention(match.group(0), date, ongoing);
    }

    /**
     * The day of the month: the next one after "by", "before", "until" ("avant le", "d'ici le"), the last
     * one in a sentence about the past or after "since", else the nearest (a month either way).
     */
    private static DateMention dayOfMonth(String text, LocalDate received, String number, boolean pastTense) {
        int day = Integer.parseInt(number);
        if (day < 1 || day > 31) {
            return null;
        }
        boolean forwards = text.matches("(by|before|until|till|due|avant le|d'?ici le|jusqu'?au|a partir du)\\b.*");
        boolean backwards = !forwards && (pastTense || startsOngoing(text));
        LocalDate best = null;
        for (int shift = -1; shift <= 2; shift++) {
            LocalDate month = received.plusMonths(shift);
            if (day > month.lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = month.withDayOfMonth(day);
            if ((forwards && candidate.isBefore(received)) || (backwards && candidate.isAfter(received))) {
                continue;
            }
            if (best == null || distance(candidate, received) < distance(best, received)
                    || (distance(candidate, received) == distance(best, received) && candidate.isAfter(best))) {
                best = candidate;
            }
        }
        return best == null ? null : new DateMention(text, best, startsOngoing(text));
    }

    private static DateMention dayMonth(String text, LocalDate received, String dayText, String monthText, String yearText,
                                        boolean pastTense, String weekday) {
        Integer month = MONTHS.get(monthText);
        int day = Integer.parseInt(dayText);
        if (month == null || day < 1 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        if (yearText != null) {
            int year = Integer.parseInt(yearText);
            LocalDate first = LocalDate.of(year, month, 1);
            return new DateMention(text, first.withDayOfMonth(Math.min(day, first.lengthOfMonth())), startsOngoing(text));
        }
        return new DateMention(text, nearest(received, month, day, direction(text, pastTense),
                weekday == null ? null : WEEKDAYS.get(weekday)), startsOngoing(text));
    }

    private static DateMention numeric(Matcher match, LocalDate received, boolean pastTense) {
        int day = Integer.parseInt(match.group(1));
        int month = Integer.parseInt(match.group(2));
        if (day < 1 || day > 31 || month < 1 || month > 12 || day > java.time.Month.of(month).maxLength()) {
            return null;
        }
        if (match.group(3) != null) {
            int year = Integer.parseInt(match.group(3));
            year = year < 100 ? 2000 + year : year;
            LocalDate first = LocalDate.of(year, month, 1);
            return new DateMention(match.group(0), first.withDayOfMonth(Math.min(day, first.lengthOfMonth())), false);
        }
        return new DateMention(match.group(0), nearest(received, month, day, pastTense ? -2 : 0, null), false);
    }

    private static DateMention month(Matcher match, LocalDate received, boolean pastTense) {
        String before = match.group(1);
        Integer month = MONTHS.get(match.group(2));
        if (month == null || (match.group(2).length() <= 3 && !match.group(2).equals("mai") && !match.group(2).equals("may"))) {
            return null;
        }
        if ("may".equals(match.group(2)) && !before.matches("in|since|from|until|by|before|end of|early|mid|late|last|next")) {
            return null;
        }
        boolean ongoing = before.matches("since|from|depuis|a partir de");
        int day = before.matches("end of|late|fin|until|jusqu'?en") ? 28 : before.matches("early|debut") ? 1 : 15;
        if (match.group(3) != null) {
            return new DateMention(match.group(0), LocalDate.of(Integer.parseInt(match.group(3)), month, day), ongoing);
        }
        LocalDate date = nearest(received, month, day, ongoing ? -1 : direction(match.group(0), pastTense), null);
        if ("last".equals(before) && !date.isBefore(received)) {
            date = date.minusYears(1);
        } else if ("next".equals(before) && !date.isAfter(received)) {
            date = date.plusYears(1);
        }
        return new DateMention(match.group(0), date, ongoing);
    }

    /**
     * 1 after "by", "before", "until" ("avant", "d'ici", "jusqu'au"); -1 after "since" ("depuis"); -2 in a
     * sentence in the past tense; else 0.
     */
    private static int direction(String text, boolean pastTense) {
        if (text.matches("(by|before|until|till|due|avant|d'?ici|jusqu'?(au|en)|a partir)\\b.*")) {
            return 1;
        }
        if (startsOngoing(text)) {
            return -1;
        }
        return pastTense ? -2 : 0;
    }

    /**
     * The day {@code month/day} of last year, this year or next year: the nearest to {@code received}; not
     * before it ({@code direction} 1); not after it (-1); not more than a month after it (-2: a sentence in
     * the past tense may still name a date just ahead, "the hearing on 12 March I have not been sent papers
     * for"). With a weekday, the year in which the date falls on that weekday.
     */
    private static LocalDate nearest(LocalDate received, int month, int day, int direction, DayOfWeek weekday) {
        LocalDate best = null;
        for (int year = received.getYear() - 1; year <= received.getYear() + 1; year++) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate candidate = first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
            if ((direction == -1 && candidate.isAfter(received)) || (direction == 1 && candidate.isBefore(received))
                    || (direction == -2 && candidate.isAfter(received.plusDays(MONTH_AHEAD)))) {
                continue;
            }
            boolean matches = weekday == null || candidate.getDayOfWeek() == weekday;
            boolean bestMatches = best != null && (weekday == null || best.getDayOfWeek() == weekday);
            if (best == null || (matches && !bestMatches)
                    || (matches == bestMatches && distance(candidate, received) < distance(best, received))) {
                best = candidate;
            }
        }
        return best;
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(a.toEpochDay() - b.toEpochDay());
    }

    private static boolean startsOngoing(String text) {
        return text.startsWith("since") || text.startsWith("from") || text.startsWith("depuis")
                || text.startsWith("a partir");
    }
}
