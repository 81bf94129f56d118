package guichet.knowledge.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.knowledge.DocumentHit;
import guichet.knowledge.KnowledgeIndex;
import guichet.knowledge.KnowledgeSettings;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import guichet.knowledge.TestModels;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Development tool (not a test): which passages the answer pipeline would hand to its composer under
 * several ways of choosing them, scored on the answerable questions of answer sets ({@code expected_paths},
 * {@code key_facts}, {@code split}): an expected page among the chosen passages, and each key fact in their
 * text (spaces normalised). Arguments: index folder, split (tune, validate or all), answer files.
 */
public final class ComparePassageChoices {

    private static final int WANTED = 6;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static void main(String[] args) throws Exception {
        String split = args[1];
        Map<String, BiFunction<KnowledgeIndex, String, List<Passage>>> ways = new LinkedHashMap<>();
        ways.put("passages 12, ≤2 a page", (index, q) -> diverse(index.search(SearchQuery.of(q, WANTED * 2,
                SearchQuery.Mode.HYBRID)), WANTED));
        ways.put("pages 6, best of each first", (index, q) -> diverse(roundRobin(index.searchDocuments(
                SearchQuery.of(q, WANTED, SearchQuery.Mode.HYBRID))), WANTED));
        ways.put("pages 6, page by page", (index, q) -> diverse(pageByPage(index.searchDocuments(
                SearchQuery.of(q, WANTED, SearchQuery.Mode.HYBRID))), WANTED));
        ways.put("pages 4, best of each first", (index, q) -> diverse(roundRobin(index.searchDocuments(
                SearchQuery.of(q, 4, SearchQuery.Mode.HYBRID))), WANTED));
        ways.put("pages 5, best of each first", (index, q) -> diverse(roundRobin(index.searchDocuments(
                SearchQuery.of(q, 5, SearchQuery.Mode.HYBRID))), WANTED));
        ways.put("pages 3, best of each first", (index, q) -> diverse(roundRobin(index.searchDocuments(
                SearchQuery.of(q, 3, SearchQuery.Mode.HYBRID))), WANTED));
        ways.put("pages 6, passages by score", (index, q) -> diverse(byScore(index.searchDocuments(
                SearchQuery.of(q, WANTED, SearchQuery.Mode.HYBRID))), WANTED));
        Map<String, int[]> totals = new LinkedHashMap<>();
        int questions = 0;
        int facts = 0;
        try (KnowledgeIndex index = KnowledgeIndex.open(Path.of(args[0]), TestModels.e5(), KnowledgeSettings.defaults())) {
            for (int f = 2; f < args.length; f++) {
                for (String line : Files.readAllLines(Path.of(args[f]), StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    JsonNode node = JSON.readTree(line);
                    if (!node.path("answerable").asBoolean() || !(split.equals("all")
                            || split.equals(node.path("split").asText()))) {
                        continue;
                    }
                    Set<String> expected = new LinkedHashSet<>();
                    node.path("expected_paths").forEach(e -> expected.add(e.asText()));
                    List<String> keyFacts = new ArrayList<>();
                    node.path("key_facts").forEach(e -> keyFacts.add(spaces(e.asText())));
                    questions++;
                    facts += keyFacts.size();
                    for (var way : ways.entrySet()) {
                        List<Passage> chosen = way.getValue().apply(index, node.path("question").asText());
                        int[] t = totals.computeIfAbsent(way.getKey(), k -> new int[3]);
                        t[0] += chosen.stream().anyMatch(p -> expected.contains(p.documentId())) ? 1 : 0;
                        String text = spaces(String.join(" ", chosen.stream().map(Passage::text).toList()));
                        t[1] += (int) keyFacts.stream().filter(text::contains).count();
                        t[2] += (int) chosen.stream().map(Passage::documentId).distinct().count();
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%s split: %d answerable questions, %d key facts%n%-30s %10s %10s %8s%n", split,
                questions, facts, "way", "page found", "facts in", "pages");
        for (var t : totals.entrySet()) {
            System.out.printf(Locale.ROOT, "%-30s %10.3f %10.3f %8.2f%n", t.getKey(), t.getValue()[0] / (double) questions,
                    t.getValue()[1] / (double) facts, t.getValue()[2] / (double) questions);
        }
        System.exit(0);
    }

    private static String spaces(String text) {
        return String.join(" ", text.strip().split("\\s+"));
    }

    /** Each page's best passage, pages in order, then each page's second, and so on. */
    static List<Passage> roundRobin(List<DocumentHit> pages) {
        List<Passage> result = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            for (DocumentHit page : pages) {
                if (i < page.passages().size()) {
                    result.add(page.passages().get(i));
                }
            }
        }
        return result;
    }

    static List<Passage> byScore(List<DocumentHit> pages) {
        return pages.stream().flatMap(p -> p.passages().stream())
                .sorted(java.util.Comparator.comparingDouble(Passage::score).reversed()).toList();
    }

    static List<Passage> pageByPage(List<DocumentHit> pages) {
        return pages.stream().flatMap(p -> p.passages().stream()).toList();
    }

    /** As the answer pipeline chooses: at most two a page, then the others in rank order. */
    static List<Passage> diverse(List<Passage> ranked, int wanted) {
        Set<Passage> chosen = new LinkedHashSet<>();
        Map<String, Integer> perDocument = new HashMap<>();
        for (Passage passage : ranked) {
            if (chosen.size() < wanted && perDocument.merge(passage.documentId(), 1, Integer::sum) <= 2) {
                chosen.add(passage);
            }
        }
        for (Passage passage : ranked) {
            if (chosen.size() < wanted) {
                chosen.add(passage);
            }
        }
        return ranked.stream().filter(chosen::contains).toList();
    }
}
