package guichet.app.employment.eval;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How well the journey read one scenario's facts: the facts it holds after the last turn against the
 * facts the scenario states. A fact is scored when the scenario states it or when a rule the scenario
 * checks reads it: a held fact nobody stated that could change one of those outcomes counts against
 * precision; facts no checked rule reads (skills, a region, days worked under a UK rule) are not
 * scored unless stated.
 *
 * <p>Values match by name and value: texts and booleans exactly (texts without case), amounts of money
 * within half a percent (at least 1), days worked within 2 days (months are turned into days at 21.67
 * a day, and rounding differs), other numbers within 0.01.
 *
 * @param correct held facts with the stated value
 * @param held scored facts the journey holds
 * @param expected facts the scenario states
 * @param wrong held facts not stated or with another value, as {@code name=held (expected)}
 * @param missed stated facts not held or held with another value
 */
public record FactScore(int correct, int held, int expected, List<String> wrong, List<String> missed) {

    public FactScore {
        wrong = List.copyOf(wrong);
        missed = List.copyOf(missed);
    }

    public static final FactScore NONE = new FactScore(0, 0, 0, List.of(), List.of());

    /**
     * @param expected the scenario's facts
     * @param held the journey's facts after the last turn
     * @param readByCheckedRules the facts the rules of the scenario's expected outcomes read
     */
    public static FactScore of(Map<String, Object> expected, Map<String, Object> held, Set<String> readByCheckedRules) {
        Set<String> scored = new TreeSet<>(expected.keySet());
        scored.addAll(readByCheckedRules);
        int correct = 0;
        int heldScored = 0;
        List<String> wrong = new ArrayList<>();
        List<String> missed = new ArrayList<>();
        for (String name : scored) {
            Object have = held.get(name);
            Object want = expected.get(name);
            if (have != null) {
                heldScored++;
                if (want != null && matches(name, want, have)) {
                    correct++;
                    continue;
                }
                wrong.add(name + "=" + text(have) + (want == null ? " (not stated)" : " (" + text(want) + ")"));
            }
            if (want != null) {
                missed.add(name + "=" + text(want));
            }
        }
        return new FactScore(correct, heldScored, expected.size(), wrong, missed);
    }

    static boolean matches(String name, Object expected, Object held) {
        if (expected instanceof Number want) {
            BigDecimal have;
            try {
                have = new BigDecimal(text(held));
            } catch (NumberFormatException e) {
                return false;
            }
            double difference = Math.abs(have.doubleValue() - want.doubleValue());
            return switch (name) {
                case "savings" -> difference <= Math.max(1, 0.005 * Math.abs(want.doubleValue()));
                case "daysWorked" -> difference <= 2;
                default -> difference < 0.01;
            };
        }
        if (expected instanceof Boolean want) {
            return held instanceof Boolean have ? have.equals(want) : text(held).equals(want.toString());
        }
        return text(held).toLowerCase(Locale.ROOT).equals(text(expected).toLowerCase(Locale.ROOT));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        if (value instanceof Double number && number == Math.rint(number)) {
            return Long.toString(number.longValue());
        }
        return String.valueOf(value);
    }
}
