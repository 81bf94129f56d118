package guichet.app.employment.situation;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Every fact of a citizen's situation that rules, tools and memory know by name, with its type and
 * the memory category it belongs to. Rule files may only name these facts (checked at start-up).
 */
public enum Fact {
    AGE("age", Type.NUMBER, Category.AGE),
    COUNTRY("country", Type.TEXT, Category.REGION),
    REGION("region", Type.TEXT, Category.REGION),
    EMPLOYMENT_STATUS("employmentStatus", Type.TEXT, Category.EMPLOYMENT),
    HOURS_PER_WEEK("hoursPerWeek", Type.NUMBER, Category.EMPLOYMENT),
    JOB_LOSS_INVOLUNTARY("jobLossInvoluntary", Type.BOOLEAN, Category.EMPLOYMENT),
    REGISTERED_JOBSEEKER("registeredJobseeker", Type.BOOLEAN, Category.EMPLOYMENT),
    APPRENTICE("apprentice", Type.BOOLEAN, Category.EMPLOYMENT),
    APPRENTICESHIP_YEAR("apprenticeshipYear", Type.NUMBER, Category.EMPLOYMENT),
    RETIRED_FULL_RATE("retiredFullRate", Type.BOOLEAN, Category.EMPLOYMENT),
    WORKED_AS_EMPLOYEE("workedAsEmployee", Type.BOOLEAN, Category.CONTRIBUTIONS),
    CLASS1_CONTRIBUTIONS("class1Contributions", Type.BOOLEAN, Category.CONTRIBUTIONS),
    DAYS_WORKED("daysWorked", Type.NUMBER, Category.CONTRIBUTIONS),
    HOURS_WORKED("hoursWorked", Type.NUMBER, Category.CONTRIBUTIONS),
    HEALTH_PREVENTS_WORK("healthPreventsWork", Type.BOOLEAN, Category.HEALTH),
    CARING("caring", Type.BOOLEAN, Category.CARING),
    SAVINGS("savings", Type.NUMBER, Category.SAVINGS),
    FULL_TIME_EDUCATION("fullTimeEducation", Type.BOOLEAN, Category.EDUCATION),
    QUALIFICATION_LEVEL("qualificationLevel", Type.NUMBER, Category.QUALIFICATIONS),
    QUALIFICATIONS("qualifications", Type.LIST, Category.QUALIFICATIONS),
    SKILLS("skills", Type.LIST, Category.SKILLS),
    GOALS("goals", Type.LIST, Category.GOALS),
    LANGUAGES("languages", Type.LIST, Category.LANGUAGES),
    CONSTRAINTS("constraints", Type.LIST, Category.CONSTRAINTS);

    /** How a fact's value is written and compared. */
    public enum Type { NUMBER, BOOLEAN, TEXT, LIST }

    private final String key;
    private final Type type;
    private final Category category;

    Fact(String key, Type type, Category category) {
        this.key = key;
        this.type = type;
        this.category = category;
    }

    /** The name rule files, memory and APIs use, e.g. "hoursPerWeek". */
    public String key() {
        return key;
    }

    public Type type() {
        return type;
    }

    public Category category() {
        return category;
    }

    public static Optional<Fact> fromKey(String key) {
        return Arrays.stream(values()).filter(f -> f.key.equals(key)).findFirst();
    }

    /**
     * A stored or typed value as this fact's type: a number, a boolean, a lower-case text or a list
     * of lower-case texts.
     *
     * @throws IllegalArgumentException when the text is not a value of this type
     */
    public Object parse(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw new IllegalArgumentException(key + " needs a value");
        }
        return switch (type) {
            case NUMBER -> {
                try {
                    yield new BigDecimal(value.replace(",", "."));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(key + " must be a number, was \"" + value + "\"");
                }
            }
            case BOOLEAN -> switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "oui" -> Boolean.TRUE;
                case "false", "no", "non" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException(key + " must be true or false, was \"" + value + "\"");
            };
            case TEXT -> value.toLowerCase(Locale.ROOT);
            case LIST -> Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty())
                    .map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        };
    }

    /** A value of this fact as stored text (lists joined with "; "). */
    public String format(Object value) {
        if (value instanceof List<?> list) {
            return String.join("; ", list.stream().map(String::valueOf).toList());
        }
        if (value instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(value);
    }
}
