package guichet.app.employment.situation.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Corrects slips of the keyboard in the words the fact patterns rely on: "univarsal" reads
 * "universal", "redundent" "redundant", "southhampton" "southampton", "montpelier" "montpellier".
 * Only towards that vocabulary, and cautiously, because a wrong correction would make a fact out of
 * a word the citizen did not write:
 * <ul>
 *   <li>the typed word and the correction have six letters or more, and start with the same letter
 *       (slips rarely hit the first one);</li>
 *   <li>one edit away (a letter added, dropped, changed, or two swapped), two for words of nine
 *       letters or more, and no other vocabulary word as close;</li>
 *   <li>a word of the vocabulary, or a known word near one ("contact" is not "contract", "licence" not
 *       "licencié"), is never changed; nor a word in capitals (an acronym);</li>
 *   <li>a place name is the correction only for a capitalised word, a word after "in", "at", "à"..., or in
 *       a message written all in lower case ("southhampton"): "canned" is not Cannes.</li>
 * </ul>
 * Accents are not slips: the text is read without them ({@link MessageText#plain()}). Facts read
 * through a corrected word are read back to the citizen before a result rests on them.
 */
public final class SpellingSlips {

    static final int MIN_LENGTH = 6;
    static final int TWO_EDITS_FROM = 9;
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z']*[A-Za-z]");

    private final Set<String> vocabulary;
    private final Set<String> places;
    private final Set<String> known;
    private final Map<Character, List<String>> byFirstLetter = new HashMap<>();

    /**
     * @param vocabulary the words to correct towards (any case, accents optional)
     * @param places place names, corrected towards only in capitalised or all lower-case writing
     * @param known real words that are close to a vocabulary word and must stay as written
     */
    public SpellingSlips(Collection<String> vocabulary, Collection<String> places, Collection<String> known) {
        this.places = places.stream().map(SpellingSlips::key).collect(Collectors.toUnmodifiableSet());
        java.util.Set<String> all = new java.util.HashSet<>(this.places);
        vocabulary.stream().map(SpellingSlips::key).forEach(all::add);
        this.vocabulary = Set.copyOf(all);
        this.known = known.stream().map(SpellingSlips::key).collect(Collectors.toUnmodifiableSet());
        for (String word : this.vocabulary) {
            if (word.length() >= MIN_LENGTH && word.chars().allMatch(c -> Character.isLetter(c) || c == '\'')) {
                byFirstLetter.computeIfAbsent(word.charAt(0), k -> new ArrayList<>()).add(word);
            }
        }
    }

    private static String key(String word) {
        return MessageText.fold(word).toLowerCase(Locale.ROOT);
    }

    /** The text with each slip corrected, marked as corrected (its facts are read back). */
    public MessageText correct(MessageText text) {
        List<int[]> spans = new ArrayList<>();
        List<String> values = new ArrayList<>();
        boolean lowerCase = text.text().equals(text.text().toLowerCase(Locale.ROOT));
        Matcher matcher = WORD.matcher(text.text());
        while (matcher.find()) {
            String typed = matcher.group();
            boolean placeLike = lowerCase || Character.isUpperCase(typed.charAt(0)) || Places.PLACE_BEFORE.matcher(
                    text.text().substring(Math.max(0, matcher.start() - 20), matcher.start())).find();
            correction(typed, placeLike).ifPresent(word -> {
                spans.add(new int[] {matcher.start(), matcher.end()});
                values.add(Character.isUpperCase(typed.charAt(0))
                        ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            });
        }
        return text.replace(spans, values, true);
    }

    /** The vocabulary word a typed word is a slip for, if it is one. */
    java.util.Optional<String> correction(String typed, boolean placesToo) {
        String word = typed.toLowerCase(Locale.ROOT);
        if (word.length() < MIN_LENGTH || vocabulary.contains(word) || known.contains(word)
                || typed.equals(typed.toUpperCase(Locale.ROOT))) {
            return java.util.Optional.empty();
        }
        int allowed = word.length() >= TWO_EDITS_FROM ? 2 : 1;
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (String candidate : byFirstLetter.getOrDefault(word.charAt(0), List.of())) {
            if (Math.abs(candidate.length() - word.length()) > allowed || (!placesToo && places.contains(candidate))
                    || inflected(word, candidate)) {
                continue;
            }
            int distance = distance(word, candidate, allowed);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
                tie = false;
            } else if (distance == bestDistance) {
                tie = true;
            }
        }
        return bestDistance <= allowed && !tie ? java.util.Optional.of(best) : java.util.Optional.empty();
    }

    /** Whether one word is the other with an ending ("course" and "courses", "employ" and "employed"): both are words. */
    static boolean inflected(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = a.length() <= b.length() ? b : a;
        return longer.startsWith(shorter) && longer.substring(shorter.length()).matches("s|es|d|ed|e|r|er|ing|ly|ment");
    }

    /**
     * The optimal string alignment distance (insertions, deletions, substitutions, swaps of two
     * neighbours), or {@code limit + 1} once it is sure to exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
