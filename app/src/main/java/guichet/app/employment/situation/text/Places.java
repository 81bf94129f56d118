package guichet.app.employment.situation.text;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The country a citizen lives in, from the places they name ({@code employment/extraction/places.json}).
 * A place after "live in", "based in", "moved to", "j'habite à" is where they live; one after "moved
 * from", "left" or "quitté" is where they no longer live; otherwise the last place named counts. Names
 * that are also words or first names (Reading, Nice, Nancy) count only capitalised after a word of place.
 */
public final class Places {

    /** A place named in a text, with the country it is in and how surely the citizen lives there (0-2). */
    public record Mention(String country, int start, int end, int weight) {
    }

    private static final Pattern LIVES = Pattern.compile("(?:\\b(?:live|lives|living|lived|based|reside|resides|residing|"
            + "moved|move|moving|relocated|settled|staying|i'?m|i am|we'?re|we are|im|habite|habitons|habitent|habitez|vis|"
            + "vivons|vit|vivent|reside|residons|installee?s?|demenage|demenagee?s?|domiciliee?|suis|sommes)\\s+"
            + "(?:(?:just|now|down|up|over|back|here|currently|actuellement|maintenant)\\s+)?"
            + "(?:in|at|to|near|outside|a|en|au|aux|dans|pres de|vers|sur)\\s+(?:the\\s+|le\\s+|la\\s+|l')?)$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern LEFT = Pattern.compile("(?:\\b(?:moved|came|come|relocated|emigrated|away|back|arrived|"
            + "arrivee?s?|venue?s?|partie?s?|revenue?s?)\\s+(?:(?:here|over|out)\\s+)?(?:from|de|d')\\s*(?:the\\s+)?|"
            + "\\b(?:left|leaving|quitte|quitter)\\s+(?:the\\s+)?)$", Pattern.CASE_INSENSITIVE);
    private static final int LOOK_BACK = 40;

    private final Map<String, Pattern> anywhere = new LinkedHashMap<>();
    private final Map<String, Pattern> capitalised = new LinkedHashMap<>();
    private final List<String> names = new ArrayList<>();

    public Places(String json) {
        try {
            JsonNode countries = new ObjectMapper().readTree(json).path("countries");
            countries.properties().forEach(entry -> {
                List<String> places = new ArrayList<>();
                entry.getValue().path("places").forEach(p -> places.add(p.asText()));
                List<String> ambiguous = new ArrayList<>();
                entry.getValue().path("ambiguous").forEach(p -> ambiguous.add(p.asText()));
                anywhere.put(entry.getKey(), alternation(places, true));
                if (!ambiguous.isEmpty()) {
                    capitalised.put(entry.getKey(), alternation(ambiguous, false));
                }
                places.forEach(names::add);
                ambiguous.forEach(names::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the places file", e);
        }
    }

    /** Words after which a lower-case word may be a misspelt place ("live in montpelier"). */
    public static final Pattern PLACE_BEFORE = Pattern.compile("(?:\\b(?:in|at|near|from|to|around|outside|a|au|en|de|"
            + "pres de|vers|sur|live|lives|living|habite|vis)\\s+|\\bd')$", Pattern.CASE_INSENSITIVE);

    /** Every place name, for the spelling of slips. */
    public List<String> names() {
        return List.copyOf(names);
    }

    private static Pattern alternation(List<String> places, boolean anyCase) {
        StringBuilder regex = new StringBuilder();
        places.stream().map(MessageText::fold).sorted(Comparator.comparingInt(String::length).reversed())
                .forEach(place -> regex.append(regex.isEmpty() ? "" : "|").append(name(place)));
        // "France Travail" is an agency, "New York" is not York, "Northern Ireland" is not Ireland
        return Pattern.compile("(?<![\\w'-])(?<!New )(?<!Northern )(?:" + regex + ")(?![\\w-])(?!\\s+Travail)",
                anyCase ? Pattern.CASE_INSENSITIVE : 0);
    }

    /** A place name as a regular expression: hyphens and spaces alike, "Saint" or "St". */
    private static String name(String place) {
        String[] words = place.split("[- ]+");
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            regex.append(i == 0 ? "" : "[- ]");
            boolean saint = words[i].equals("Saint") || words[i].equals("St");
            regex.append(saint && words.length > 1 ? "(?:Saint|St\\.?)" : Pattern.quote(words[i]));
        }
        return regex.toString();
    }

    /** The places a (plain) text names, in order, each with its country and weight. */
    public List<Mention> mentions(String text) {
        List<Mention> mentions = new ArrayList<>();
        anywhere.forEach((country, pattern) -> find(text, country, pattern, false, mentions));
        capitalised.forEach((country, pattern) -> find(text, country, pattern, true, mentions));
        mentions.sort(Comparator.comparingInt(Mention::start));
        // A longer name wins over one inside it ("Stoke-on-Trent" over "Stoke").
        List<Mention> kept = new ArrayList<>();
        for (Mention m : mentions) {
            if (kept.stream().noneMatch(k -> k.start() <= m.start() && m.end() <= k.end() && !k.equals(m))) {
                kept.removeIf(k -> m.start() <= k.start() && k.end() <= m.end() && !k.equals(m));
                kept.add(m);
            }
        }
        return kept;
    }

    private static void find(String text, String country, Pattern pattern, boolean needsPlaceWord, List<Mention> out) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            String before = text.substring(Math.max(0, matcher.start() - LOOK_BACK), matcher.start());
            if (needsPlaceWord && !PLACE_BEFORE.matcher(before).find()) {
                continue;
            }
            int weight = LIVES.matcher(before).find() ? 2 : LEFT.matcher(before).find() ? 0 : 1;
            out.add(new Mention(country, matcher.start(), matcher.end(), weight));
        }
    }

    /** Where the text says the citizen lives: the surest mention, the last of those. */
    public Optional<Mention> home(String text) {
        return mentions(text).stream().filter(m -> m.weight() > 0)
                .max(Comparator.comparingInt(Mention::weight).thenComparingInt(Mention::end));
    }
}
