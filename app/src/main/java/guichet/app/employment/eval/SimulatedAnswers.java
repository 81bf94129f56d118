package guichet.app.employment.eval;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What a scripted citizen says when the journey asks for a fact: the plainest answer, the way people
 * answer a question they were just asked ("Yes.", "34", "About £2000."), never a sentence that would
 * state the fact on its own words. Used only by the evaluation, to count the turns a question costs.
 */
final class SimulatedAnswers {

    private static final Map<String, String[]> COUNTRIES = Map.of(
            "gb", new String[] {"In the UK.", "Au Royaume-Uni."},
            "fr", new String[] {"In France.", "En France."},
            "es", new String[] {"In Spain.", "En Espagne."},
            "ie", new String[] {"In Ireland.", "En Irlande."},
            "ch", new String[] {"In Switzerland.", "En Suisse."});

    private SimulatedAnswers() {
    }

    static Optional<String> answer(String fact, Object value, String language) {
        boolean fr = "fr".equals(language);
        if (value instanceof Boolean yes) {
            return Optional.of(yes ? (fr ? "Oui." : "Yes.") : (fr ? "Non." : "No."));
        }
        if (value instanceof Number number) {
            String n = new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
            return Optional.ofNullable(switch (fact) {
                case "age" -> n;
                case "savings" -> fr ? "Environ " + n + " €." : "About £" + n + ".";
                case "hoursPerWeek" -> fr ? n + " heures par semaine." : n + " hours a week.";
                case "daysWorked" -> fr ? n + " jours." : n + " days.";
                case "hoursWorked" -> fr ? n + " heures." : n + " hours.";
                case "apprenticeshipYear", "qualificationLevel" -> n;
                default -> null;
            });
        }
        if ("country".equals(fact) && COUNTRIES.containsKey(String.valueOf(value))) {
            return Optional.of(COUNTRIES.get(String.valueOf(value))[fr ? 1 : 0]);
        }
        if ("employmentStatus".equals(fact)) {
            return Optional.of("employed".equals(value) ? (fr ? "Je travaille." : "I'm working.")
                    : (fr ? "Je suis sans emploi." : "I'm unemployed."));
        }
        return Optional.empty();
    }
}
