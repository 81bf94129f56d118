package guichet.app.knowledge.cli;

import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.FeatureCommand;
import guichet.knowledge.DocumentHit;
import guichet.knowledge.Passage;
import guichet.knowledge.SearchQuery;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code guichet search}: ranked pages (or passages) of the knowledge index for a query. */
@Component
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the knowledge index and print ranked pages, each with its best passages, or ranked "
                + "passages, with scores, titles and section URLs.")
class SearchCommand implements Callable<Integer>, FeatureCommand {

    private final Runtimes runtimes;

    @Parameters(paramLabel = "QUERY", description = "A question or keywords.")
    String query;

    @Option(names = "--k", defaultValue = "10", description = "Pages or passages to show (default: ${DEFAULT-VALUE}).")
    int k;

    @Option(names = "--per", defaultValue = "document",
            description = "document: one result per page, ranked from its best passages; passage: one per passage "
                    + "(default: ${DEFAULT-VALUE}).")
    String per;

    @Option(names = "--collection", description = "Only this collection.")
    String collection;

    @Option(names = "--lang", description = "Only passages in this language (en, fr, ...).")
    String language;

    @Option(names = "--mode", defaultValue = "hybrid", description = "bm25, dense or hybrid (default: ${DEFAULT-VALUE}).")
    String mode;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    SearchCommand(Runtimes runtimes) {
        this.runtimes = runtimes;
    }

    @Override
    public Integer call() {
        SearchQuery.Mode parsed = switch (mode.toLowerCase(Locale.ROOT)) {
            case "bm25" -> SearchQuery.Mode.BM25;
            case "dense" -> SearchQuery.Mode.DENSE;
            case "hybrid" -> SearchQuery.Mode.HYBRID;
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--mode must be bm25, dense or hybrid, not " + mode);
        };
        SearchQuery search = new SearchQuery(query, k, parsed, collection, language, Set.of(), null);
        PrintWriter out = spec.commandLine().getOut();
        String read = runtimes.knowledge().index().corrected(query);
        if (!read.equals(query)) {
            out.println("Searched for: " + read);
        }
        switch (per.toLowerCase(Locale.ROOT)) {
            case "document" -> printPages(out, runtimes.knowledge().index().searchDocuments(search));
            case "passage" -> printPassages(out, runtimes.knowledge().index().search(search));
            default -> throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--per must be document or passage, not " + per);
        }
        return 0;
    }

    private static void printPassages(PrintWriter out, List<Passage> passages) {
        int rank = 1;
        for (Passage passage : passages) {
            out.printf(Locale.ROOT, "%2d. %.4f  %s%s%n      %s%n      %s%n", rank++, passage.score(), passage.title(),
                    passage.section().isEmpty() ? "" : " › " + passage.section(), passage.url(),
                    passage.snippet().replace('\n', ' '));
        }
        if (passages.isEmpty()) {
            out.println("No passage found.");
        }
    }

    private static void printPages(PrintWriter out, List<DocumentHit> pages) {
        int rank = 1;
        for (DocumentHit page : pages) {
            out.printf(Locale.ROOT, "%2d. %.4f  %s  (%s)%n", rank++, page.score(), page.title(), page.documentId());
            for (Passage passage : page.passages()) {
                out.printf(Locale.ROOT, "      %.4f  %s%n        %s%n        %s%n", passage.score(),
                        passage.section().isEmpty() ? "(introduction)" : passage.section(), passage.url(),
                        passage.snippet().replace('\n', ' '));
            }
        }
        if (pages.isEmpty()) {
            out.println("No page found.");
        }
    }
}
