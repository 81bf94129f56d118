package guichet.app.employment.situation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of a citizen's situation: a value per {@link Fact}, each already of the fact's type.
 * Facts not known are absent (rules then say "can't tell yet" and name them). Immutable.
 */
public final class Situation {

    private static final Situation EMPTY = new Situation(Map.of());

    private final Map<Fact, Object> values;

    private Situation(Map<Fact, Object> values) {
        EnumMap<Fact, Object> copy = new EnumMap<>(Fact.class);
        copy.putAll(values);
        this.values = Collections.unmodifiableMap(copy);
    }

    public static Situation empty() {
        return EMPTY;
    }

    /** A situation from fact keys and values given as text, e.g. {@code "age" -> "19"} (tests, scenarios). */
    public static Situation of(Map<String, String> facts) {
        Builder builder = builder();
        facts.forEach((key, text) -> builder.put(Fact.fromKey(key)
                .orElseThrow(() -> new IllegalArgumentException("unknown fact " + key)), text));
        return builder.build();
    }

    public static Builder builder() {
        return new Builder(Map.of());
    }

    public Builder toBuilder() {
        return new Builder(values);
    }

    public Optional<Object> get(Fact fact) {
        return Optional.ofNullable(values.get(fact));
    }

    public Optional<BigDecimal> number(Fact fact) {
        return get(fact).map(BigDecimal.class::cast);
    }

    public Optional<Boolean> flag(Fact fact) {
        return get(fact).map(Boolean.class::cast);
    }

    public Optional<String> text(Fact fact) {
        return get(fact).map(String.class::cast);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(Fact fact) {
        return (List<String>) values.getOrDefault(fact, List.of());
    }

    public boolean knows(Fact fact) {
        return values.containsKey(fact);
    }

    public Set<Fact> known() {
        return values.keySet();
    }

    /** This situation with {@code newer}'s facts on top (lists are merged). */
    public Situation with(Situation newer) {
        Builder builder = toBuilder();
        newer.values.forEach(builder::merge);
        return builder.build();
    }

    public Map<Fact, Object> asMap() {
        return values;
    }

    /** The facts by their names ("age", "savings"...), in the order of {@link Fact}. */
    public Map<String, Object> byName() {
        Map<String, Object> named = new java.util.LinkedHashMap<>();
        values.forEach((fact, value) -> named.put(fact.key(), value));
        return Collections.unmodifiableMap(named);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Situation s && s.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Situation" + values;
    }

    /** Collects facts. */
    public static final class Builder {

        private final EnumMap<Fact, Object> values = new EnumMap<>(Fact.class);

        private Builder(Map<Fact, Object> start) {
            values.putAll(start);
        }

        /** Sets a fact from its text form ({@link Fact#parse}). */
        public Builder put(Fact fact, String text) {
            return set(fact, fact.parse(text));
        }

        /** Sets a fact to a value of its type (lists replace). */
        public Builder set(Fact fact, Object value) {
            values.put(fact, check(fact, value));
            return this;
        }

        /** Sets a fact; a list is merged with what is already there. */
        public Builder merge(Fact fact, Object value) {
            Object checked = check(fact, value);
            if (fact.type() == Fact.Type.LIST && values.get(fact) instanceof List<?> existing) {
                Set<String> merged = new LinkedHashSet<>();
                existing.forEach(v -> merged.add((String) v));
                ((List<?>) checked).forEach(v -> merged.add((String) v));
                values.put(fact, List.copyOf(merged));
            } else {
                values.put(fact, checked);
            }
            return this;
        }

        public Builder remove(Fact fact) {
            values.remove(fact);
            return this;
        }

        public Situation build() {
            return values.isEmpty() ? EMPTY : new Situation(values);
        }

        private static Object check(Fact fact, Object value) {
            boolean ok = switch (fact.type()) {
                case NUMBER -> value instanceof BigDecimal;
                case BOOLEAN -> value instanceof Boolean;
                case TEXT -> value instanceof String;
                case LIST -> value instanceof List<?> list && list.stream().allMatch(String.class::isInstance);
            };
            if (!ok) {
                throw new IllegalArgumentException(fact.key() + " takes a " + fact.type() + ", not " + value);
            }
            return value instanceof List<?> list ? List.copyOf(new ArrayList<>(list)) : value;
        }
    }
}
