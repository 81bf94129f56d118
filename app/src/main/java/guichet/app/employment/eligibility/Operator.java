package guichet.app.employment.eligibility;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** How a condition compares a fact with the rule's value. */
public enum Operator {
    LT, LTE, GT, GTE, EQ, IS, IN, INCLUDES;

    public static Operator of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown operator \"" + name + "\" (lt, lte, gt, gte, eq, is, in, includes)");
        }
    }

    /** Whether {@code actual} (a known fact value) satisfies this operator against {@code expected}. */
    boolean test(Object actual, Object expected) {
        return switch (this) {
            case LT -> number(actual).compareTo(number(expected)) < 0;
            case LTE -> number(actual).compareTo(number(expected)) <= 0;
            case GT -> number(actual).compareTo(number(expected)) > 0;
            case GTE -> number(actual).compareTo(number(expected)) >= 0;
            case EQ -> actual instanceof BigDecimal a ? a.compareTo(number(expected)) == 0
                    : String.valueOf(actual).equalsIgnoreCase(String.valueOf(expected));
            case IS -> actual.equals(expected);
            case IN -> ((List<?>) expected).stream().anyMatch(v -> String.valueOf(v).equalsIgnoreCase(String.valueOf(actual)));
            case INCLUDES -> actual instanceof List<?> list
                    && list.stream().anyMatch(v -> String.valueOf(v).equalsIgnoreCase(String.valueOf(expected)));
        };
    }

    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal d) {
            return d;
        }
        if (value instanceof Number n) {
            return new BigDecimal(n.toString());
        }
        throw new IllegalArgumentException("not a number: " + value);
    }
}
