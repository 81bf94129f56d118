package guichet.app.shared.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Payment card numbers: 13 to 19 digits, written whole or in groups separated by single spaces or
 * dashes (4-4-4-4, 4-6-5...), starting with a card network's digit (2 to 6) and passing the Luhn
 * check, so a 16-digit reference number that fails it stays. Groups around the number (a reference
 * before it, the security code after it) are not swallowed: every run of consecutive groups is tried
 * and the longest valid one wins.
 */
public final class PaymentCardNumbers implements PersonalDataDetector {


    @Override
    public PersonalDataKind kind() {
        return PersonalDataKind.PAYMENT_CARD;
    }

    @Override
    public List<PersonalDataMatch> find(String text) {
        List<PersonalDataMatch> found = new ArrayList<>();
        List<int[]> run = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (!isDigit(text, i)) {
                i++;
                continue;
            }
            int end = i;
            while (isDigit(text, end)) {
                end++;
            }
            boolean joined = !run.isEmpty() && i - run.getLast()[1] == 1 && isSeparator(text.charAt(i - 1));
            if (!joined) {
                flush(text, run, found);
            }
            if (joined || i == 0 || !Character.isLetter(text.codePointBefore(i))) {
                run.add(new int[] {i, end});
            }
            i = end;
        }
        flush(text, run, found);
        return found;
    }

    /** Looks for cards in a run of digit groups (a regex would recurse once per group), then empties it. */
    private void flush(String text, List<int[]> run, List<PersonalDataMatch> found) {
        if (!run.isEmpty() && run.getLast()[1] < text.length() && Character.isLetter(text.codePointAt(run.getLast()[1]))) {
            run.removeLast();
        }
        findInGroups(text, run, found);
        run.clear();
    }

    private static boolean isDigit(String text, int index) {
        return index < text.length() && text.charAt(index) >= '0' && text.charAt(index) <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '-';
    }

    private void findInGroups(String text, List<int[]> groups, List<PersonalDataMatch> found) {
        int from = 0;
        while (from < groups.size()) {
            int best = -1;
            int length = 0;
            // Windows grow until they hold more digits than any card: linear in the number of groups.
            for (int to = from; to < groups.size() && length <= 19; to++) {
                length += groups.get(to)[1] - groups.get(to)[0];
                List<int[]> window = groups.subList(from, to + 1);
                if (length >= 13 && length <= 19 && cardLike(window)) {
                    String digits = digits(text, window);
                    if (digits.charAt(0) >= '2' && digits.charAt(0) <= '6' && luhn(digits)) {
                        best = to;
                    }
                }
            }
            if (best >= 0) {
                found.add(new PersonalDataMatch(kind(), groups.get(from)[0], groups.get(best)[1]));
                from = best + 1;
            } else {
                from++;
            }
        }
    }

    private static String digits(String text, List<int[]> groups) {
        StringBuilder digits = new StringBuilder();
        for (int[] group : groups) {
            digits.append(text, group[0], group[1]);
        }
        return digits.toString();
    }

    /** One unbroken number, groups of four (the last may be shorter), or the 4-6-4 / 4-6-5 layouts. */
    private static boolean cardLike(List<int[]> groups) {
        if (groups.size() == 1) {
            return true;
        }
        int[] sizes = groups.stream().mapToInt(g -> g[1] - g[0]).toArray();
        if (sizes.length == 3 && sizes[0] == 4 && sizes[1] == 6 && (sizes[2] == 4 || sizes[2] == 5)) {
            return true;
        }
        for (int i = 0; i < sizes.length - 1; i++) {
            if (sizes[i] != 4) {
                return false;
            }
        }
        return sizes[sizes.length - 1] >= 1 && sizes[sizes.length - 1] <= 4;
    }

    /** The Luhn (mod 10) check used by every card network. */
    public static boolean luhn(String digits) {
        int sum = 0;
        boolean twice = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int digit = digits.charAt(i) - '0';
            if (twice) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            twice = !twice;
        }
        return sum % 10 == 0;
    }
}
