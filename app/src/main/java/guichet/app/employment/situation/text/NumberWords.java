package guichet.app.employment.situation.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers as citizens write them, in digits: "nineteen" 19, "fifteen and a half thousand" 15500,
 * "two grand" 2000, "£9.5k" £9500, "3k€" 3000€, "£16,000" £16000, "1 200 heures" 1200 heures,
 * "deux mille balles" 2000 balles, "quatre-vingt-dix" 90, "15,5 heures" 15.5 heures. The fact
 * patterns then need to know only digits; the citizen's words stay behind each number
 * ({@link MessageText}).
 *
 * <p>Words are read in the message's language only: "sept", "neuf" and "cent" are English words too,
 * and "grand" a French one. "one", "a", "un" and "une" count only inside a number ("twenty-one",
 * "a thousand", "vingt et un", "un millier"), never alone.
 */
public final class NumberWords {

    private static final Map<String, Integer> EN = Map.ofEntries(Map.entry("zero", 0), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fourty", 40),
            Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
            Map.entry("ninety", 90));
    private static final Map<String, Integer> FR = Map.ofEntries(Map.entry("zero", 0), Map.entry("deux", 2),
            Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5), Map.entry("six", 6), Map.entry("sept", 7),
            Map.entry("huit", 8), Map.entry("neuf", 9), Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12),
            Map.entry("treize", 13), Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16),
            Map.entry("vingt", 20), Map.entry("vingts", 20), Map.entry("trente", 30), Map.entry("quarante", 40),
            Map.entry("cinquante", 50), Map.entry("soixante", 60));
    private static final Map<String, Integer> EN_SCALES = Map.of("hundred", 100, "thousand", 1000, "grand", 1000,
            "million", 1_000_000);
    private static final Map<String, Integer> FR_SCALES = Map.of("cent", 100, "cents", 100, "mille", 1000,
            "million", 1_000_000, "millions", 1_000_000);

    private static final Pattern TOKEN = Pattern.compile("\\d+(?:\\.\\d+)?|[a-z]+", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMMA_THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?:,\\d{3})+(?![\\d,])");
    private static final Pattern SPACE_THOUSANDS = Pattern.compile("(?<![\\d.,])\\d{1,3}(?: \\d{3})+(?![\\d]|[.,]\\d)");
    private static final Pattern DECIMAL_COMMA = Pattern.compile("(?<![\\d,])(\\d+),(\\d{1,2})(?![\\d,])");
    private static final Pattern SHORT_THOUSANDS = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?[kK](?![a-zA-Z])");

    private NumberWords() {
    }

    /** The text with its numbers in digits, read as {@code language} ("en" or "fr") writes them. */
    public static MessageText digits(MessageText text, String language) {
        boolean fr = "fr".equals(language);
        MessageText out = text.rewrite(COMMA_THOUSANDS, m -> m.group().replace(",", ""))
                .rewrite(SPACE_THOUSANDS, m -> m.group().replace(" ", ""))
                .rewrite(DECIMAL_COMMA, m -> m.group(1) + "." + m.group(2))
                .rewrite(SHORT_THOUSANDS, m -> format(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1000))));
        return words(out, fr ? FR : EN, fr ? FR_SCALES : EN_SCALES, fr);
    }

    private record Token(String word, int start, int end) {
    }

    private static MessageText words(MessageText text, Map<String, Integer> units, Map<String, Integer> scales, boolean fr) {
        List<Token> tokens = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(text.text());
        while (matcher.find()) {
            tokens.add(new Token(matcher.group().toLowerCase(Locale.ROOT), matcher.start(), matcher.end()));
        }
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        for (int i = 0; i < tokens.size(); ) {
            Parsed parsed = parse(tokens, i, units, scales, fr, text.text());
            if (parsed == null) {
                i++;
                continue;
            }
            spans.add(new int[] {tokens.get(i).start(), tokens.get(parsed.last()).end()});
            values.add(format(parsed.value()));
            i = parsed.last() + 1;
        }
        if (spans.isEmpty()) {
            return text;
        }
        return text.replace(spans, values, false);
    }

    private record Parsed(BigDecimal value, int last) {
    }

    /** The number written from token {@code i}, when it has at least one word; null otherwise. */
    private static Parsed parse(List<Token> tokens, int i, Map<String, Integer> units, Map<String, Integer> scales,
                                boolean fr, String text) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal current = BigDecimal.ZERO;
        boolean any = false;
        boolean words = false;
        boolean lastWasTen = false;
        int last = -1;
        int j = i;
        while (j < tokens.size()) {
            if (j > i && !joined(text, tokens.get(j - 1), tokens.get(j), scales)) {
                break;
            }
            String word = tokens.get(j).word();
            String next = j + 1 < tokens.size() ? tokens.get(j + 1).word() : "";
            if (Character.isDigit(word.charAt(0))) {
                if (any) {
                    break;
                }
                current = current.add(new BigDecimal(word));
                any = true;
                lastWasTen = false;
                last = j++;
            } else if (fr && word.equals("quatre") && (next.equals("vingt") || next.equals("vingts"))) {
                current = current.add(BigDecimal.valueOf(80));
                any = words = true;
                lastWasTen = true;
                last = j + 1;
                j += 2;
            } else if (units.containsKey(word)) {
                int value = units.get(word);
                boolean unit = value < 10 && value > 0;
                if (any && unit && !lastWasTen && current.remainder(BigDecimal.valueOf(100)).signum() != 0) {
                    break;
                }
                current = current.add(BigDecimal.valueOf(value));
                // "dix-sept", "soixante-dix-neuf": in French a ten may still take a unit
                lastWasTen = value >= 20 || (fr && value == 10);
                any = words = true;
                last = j++;
            } else if (isOne(word, fr) && ((any && lastWasTen) || (!any && scales.containsKey(next)))) {
                current = current.add(BigDecimal.ONE);
                any = words = true;
                lastWasTen = false;
                last = j++;
            } else if (!fr && (word.equals("a") || word.equals("an")) && !any && scales.containsKey(next)) {
                current = BigDecimal.ONE;
                any = words = true;
                last = j++;
            } else if (scales.containsKey(word) && (any || j > i)) {
                int scale = scales.get(word);
                BigDecimal base = current.signum() == 0 ? BigDecimal.ONE : current;
                if (scale == 100) {
                    current = base.multiply(BigDecimal.valueOf(100));
                } else {
                    total = total.add(base.multiply(BigDecimal.valueOf(scale)));
                    current = BigDecimal.ZERO;
                }
                words = true;
                lastWasTen = false;
                last = j++;
            } else if (any && !fr && word.equals("and") && next.equals("a") && j + 2 < tokens.size()
                    && tokens.get(j + 2).word().equals("half")) {
                current = current.add(new BigDecimal("0.5"));
                words = true;
                last = j + 2;
                j += 3;
            } else if (any && fr && word.equals("et") && (next.equals("demi") || next.equals("demie"))) {
                current = current.add(new BigDecimal("0.5"));
                words = true;
                last = j + 1;
                j += 2;
            } else if (any && (word.equals("and") || word.equals("et")) && j + 1 < tokens.size()
                    && (units.containsKey(next) || isOne(next, fr))) {
                j++;
            } else {
                break;
            }
        }
        if (!words || last < i) {
            return null;
        }
        return new Parsed(total.add(current), last);
    }

    private static boolean isOne(String word, boolean fr) {
        return fr ? word.equals("un") || word.equals("une") : word.equals("one");
    }

    /** Tokens of one number are separated by spaces or a hyphen, or a comma after thousands ("fifteen thousand, five hundred"). */
    private static boolean joined(String text, Token before, Token after, Map<String, Integer> scales) {
        String between = text.substring(before.end(), after.start());
        return between.matches("\\s{1,2}|-|\\s?-\\s?")
                || (between.matches(",\\s?") && scales.getOrDefault(before.word(), 0) >= 1000);
    }

    static String format(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
