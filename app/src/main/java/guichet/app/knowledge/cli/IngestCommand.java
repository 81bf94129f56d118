package guichet.app.knowledge.cli;

import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.FeatureCommand;
import guichet.knowledge.IngestReport;
import guichet.knowledge.ingest.Readers;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code guichet ingest}: adds official guidance to the knowledge index. */
@Component
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Ingest guidance into the knowledge index: a file or a folder of files.",
                "Unchanged documents are recognised and cost almost nothing; unreadable ones are skipped with a reason."})
class IngestCommand implements Callable<Integer>, FeatureCommand {

    private final Runtimes runtimes;

    @Parameters(paramLabel = "PATH", description = "A file or a folder (files ending in .gz are read compressed).")
    Path path;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "govuk-json, travail-emploi-json, service-public-json, service-public-xml, markdown, html, "
                    + "pdf or text (default: recognised from each file).")
    String format;

    @Option(names = "--collection", paramLabel = "NAME", defaultValue = "default",
            description = "Collection the documents go to (default: ${DEFAULT-VALUE}).")
    String collection;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Where these files are published (https://…/guides/): a file that names no address of its "
                    + "own is cited at this URL followed by its path under PATH, with the section anchor.")
    String baseUrl;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    IngestCommand(Runtimes runtimes) {
        this.runtimes = runtimes;
    }

    /** @throws picocli.CommandLine.ParameterException when the URL is not an absolute http(s) one */
    private String baseUrl(String value) {
        if (value == null) {
            return null;
        }
        try {
            java.net.URI uri = new java.net.URI(value);
            if (uri.isAbsolute() && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))
                    && uri.getHost() != null) {
                return value;
            }
        } catch (java.net.URISyntaxException e) {
            // described below
        }
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "--base-url must be an absolute http or https URL, not " + value);
    }

    @Override
    public Integer call() {
        Readers readers = Readers.defaults();
        if (format != null) {
            readers.forFormat(format);
        }
        var index = runtimes.knowledge().index();
        IngestReport report;
        try (IngestProgressBar bar = new IngestProgressBar("Ingesting", -1)) {
            report = index.ingestFiles(readers.files(path, format, collection, baseUrl(baseUrl)), bar);
        }
        IngestProgressBar.printSummary(spec.commandLine().getOut(), report);
        return 0;
    }
}
