package guichet.knowledge.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.InvalidKnowledgeSettingsException;
import org.apache.lucene.search.spell.LuceneLevenshteinDistance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which collections answer for which country, and the words by which a question names it (see
 * {@code jurisdictions.json}). A multilingual embedder ranks passages in the question's own language
 * first: a French question about UK rules finds French fiches. A question that names one country
 * (more of its cues than of any other's) is therefore searched in that country's collections only.
 */
public final class Jurisdictions {

    private static final String DEFAULTS = "/guichet/knowledge/search/jurisdictions.json";

    /** A country (or any legal system) and its collections. */
    public record Jurisdiction(String name, Set<String> collections, List<String> cues) {
        public Jurisdiction {
            collections = Set.copyOf(collections);
            cues = cues.stream().map(Jurisdictions::normalise).filter(c -> !c.isBlank()).distinct().toList();
        }
    }

    /** Cue words this long or longer also match with one edit. */
    private static final int FUZZY_FROM_LENGTH = 6;
    private static final LuceneLevenshteinDistance SPELLING = new LuceneLevenshteinDistance();

    private final List<Jurisdiction> jurisdictions;

    public Jurisdictions(List<Jurisdiction> jurisdictions) {
        this.jurisdictions = List.copyOf(jurisdictions);
    }

    /** None: questions are never routed. */
    public static Jurisdictions none() {
        return new Jurisdictions(List.of());
    }

    /** The jurisdictions of Guichet's sample knowledge (GOV.UK; travail-emploi and service-public). */
    public static Jurisdictions defaults() {
        try (InputStream in = Jurisdictions.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                throw new IllegalStateException(DEFAULTS + " is missing from the knowledge-index jar");
            }
            return parse(new ObjectMapper().readTree(in), DEFAULTS);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + DEFAULTS, e);
        }
    }

    /** An operator's file, in the form of {@code jurisdictions.json}. */
    public static Jurisdictions read(Path file) {
        try {
            return parse(new ObjectMapper().readTree(Files.readString(file)), file.toString());
        } catch (IOException e) {
            throw new InvalidKnowledgeSettingsException("cannot read the jurisdictions file " + file + ": "
                    + e.getMessage());
        }
    }

    private static Jurisdictions parse(JsonNode root, String source) {
        List<Jurisdiction> result = new ArrayList<>();
        for (JsonNode node : root.path("jurisdictions")) {
            Set<String> collections = new LinkedHashSet<>();
            node.path("collections").forEach(c -> collections.add(c.asText()));
            List<String> cues = new ArrayList<>();
            node.path("cues").forEach(c -> cues.add(c.asText()));
            if (!node.path("name").isTextual() || collections.isEmpty() || cues.isEmpty()) {
                throw new InvalidKnowledgeSettingsException(source
                        + ": each jurisdiction needs a name, collections and cues");
            }
            result.add(new Jurisdiction(node.path("name").asText(), collections, cues));
        }
        return new Jurisdictions(result);
    }

    public List<Jurisdiction> all() {
        return jurisdictions;
    }

    /**
     * The jurisdiction a question names: the one with the most cues in it, if no other has as many.
     * Cues match whole words, whatever the case and accents, and a word of six letters or more also
     * with one letter wrong, missing, added or swapped ("Londre", "Mancehster"): a misspelt place
     * must not send a question to the wrong country's guidance.
     */
    public Optional<Jurisdiction> namedIn(String question) {
        String[] words = normalise(question).split(" ");
        Jurisdiction best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Jurisdiction jurisdiction : jurisdictions) {
            int count = 0;
            for (String cue : jurisdiction.cues()) {
                if (contains(words, cue.split(" "))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = jurisdiction;
                bestCount = count;
                tie = false;
            } else if (count > 0 && count == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }

    private static boolean contains(String[] words, String[] cue) {
        for (int start = 0; start + cue.length <= words.length; start++) {
            boolean all = true;
            for (int i = 0; i < cue.length && all; i++) {
                all = sameWord(words[start + i], cue[i]);
            }
            if (all) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameWord(String typed, String cue) {
        if (typed.equals(cue)) {
            return true;
        }
        int shorter = Math.min(typed.length(), cue.length()); // one edit scores 1 - 1/shorter at worst
        return cue.length() >= FUZZY_FROM_LENGTH && Math.abs(typed.length() - cue.length()) <= 1
                && typed.charAt(0) == cue.charAt(0)
                && SPELLING.getDistance(typed, cue) >= 1f - 1f / shorter - 1e-6f;
    }

    /** Lower case, no accents, words separated by single spaces; £, € and $ kept as words. */
    static String normalise(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        return plain.replaceAll("([£€$])", " $1 ").replaceAll("[^\\p{L}\\p{N}£€$]+", " ").strip();
    }
}
