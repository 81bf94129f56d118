package guichet.app.system.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.system.engine.ModelResolver;
import guichet.models.Catalogue;
import guichet.models.ImportResult;
import guichet.models.InstalledModel;
import guichet.models.ModelEntry;
import guichet.models.ModelSource;
import guichet.models.ModelStore;
import guichet.models.VerifyReport;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code guichet models}: list, pull, import and verify models. */
@Component
@Command(name = "models", mixinStandardHelpOptions = true,
        description = "Manage models: list the catalogue, pull, import (air-gapped sites) and verify.",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Pull.class, ModelsCommand.Import.class,
                ModelsCommand.Verify.class})
public class ModelsCommand extends CommandGroup {

    /** {@code models list}. */
    @Component
    @Command(name = "list", mixinStandardHelpOptions = true, description = "List catalogued and imported models.")
    static class ListModels implements Callable<Integer> {

        private final ModelResolver resolver;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        ListModels(ModelResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public Integer call() throws Exception {
            Catalogue catalogue = resolver.catalogue();
            ModelStore store = resolver.store();
            PrintWriter out = spec.commandLine().getOut();
            if (json) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ModelEntry entry : catalogue.entries()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("id", entry.id());
                    row.put("task", entry.task().name().toLowerCase());
                    row.put("default", entry.isDefault());
                    row.put("bytes", entry.totalSize());
                    row.put("licence", entry.licence());
                    row.put("installed", store.isInstalled(entry));
                    row.put("local", entry.local());
                    rows.add(row);
                }
                out.println(new ObjectMapper().writeValueAsString(Map.of("models", rows)));
                return 0;
            }
            int idWidth = catalogue.entries().stream().mapToInt(e -> e.id().length()).max().orElse(0);
            String id = "%-" + Math.max(30, idWidth) + "s";
            out.printf(id + " %-10s %-8s %9s  %-11s %-10s%n", "ID", "TASK", "DEFAULT", "SIZE", "LICENCE", "INSTALLED");
            for (ModelEntry entry : catalogue.entries()) {
                out.printf(id + " %-10s %-8s %6d MB  %-11s %-10s%n", entry.id(), entry.task().name().toLowerCase(),
                        entry.isDefault() ? "yes" : "", entry.totalSize() >> 20, entry.licence(),
                        store.isInstalled(entry) ? "yes" : "no");
            }
            out.println("Models directory: " + store.modelsDir().toAbsolutePath());
            return 0;
        }
    }

    /** {@code models pull}. */
    @Component
    @Command(name = "pull", mixinStandardHelpOptions = true,
            description = {"Download a catalogued model, check its SHA-256 and install it.",
                    "Interrupted downloads resume; nothing is installed unless the checksum matches."})
    static class Pull implements Callable<Integer> {

        private final ModelResolver resolver;

        @Parameters(paramLabel = "ID", description = "Catalogue id (see: guichet models list).")
        String id;

        @Option(names = "--url", paramLabel = "URL",
                description = "Fetch from this URL instead (an internal mirror of the file); once per file.")
        List<URI> urls = new ArrayList<>();

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Pull(ModelResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public Integer call() {
            ModelEntry entry = resolver.catalogue().require(id);
            ConsoleProgress progress = new ConsoleProgress(System.err);
            InstalledModel installed;
            if (urls.isEmpty()) {
                installed = resolver.puller().pull(entry, progress);
            } else {
                if (urls.size() != entry.files().size()) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "model " + id + " has "
                            + entry.files().size() + " files: give one --url per file, in catalogue order");
                }
                Map<String, URI> byFile = new LinkedHashMap<>();
                for (int i = 0; i < urls.size(); i++) {
                    byFile.put(entry.files().get(i).name(), urls.get(i));
                }
                installed = resolver.puller().pull(entry, List.of(new ModelSource.Url(byFile)), progress);
            }
            progress.end();
            spec.commandLine().getOut().println("Installed " + entry.id() + " in " + installed.folder());
            return 0;
        }
    }

    /** {@code models import}. */
    @Component
    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Install model files brought in by hand (air-gapped sites).",
                    "Catalogued files are recognised by checksum; an uncatalogued GGUF is registered locally."})
    static class Import implements Callable<Integer> {

        private final ModelResolver resolver;

        @Parameters(paramLabel = "PATH", description = "A model file, or a folder of model files.")
        Path path;

        @Option(names = "--id", paramLabel = "ID", description = "The catalogue entry these files must match.")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Import(ModelResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public Integer call() {
            ConsoleProgress progress = new ConsoleProgress(System.err);
            ImportResult result = resolver.importer().importFrom(path, Optional.ofNullable(id), progress);
            progress.end();
            resolver.reload();
            PrintWriter out = spec.commandLine().getOut();
            for (ImportResult.ImportedFile file : result.imported()) {
                out.println("Imported " + file.source() + " as " + file.modelId() + "/" + file.fileName()
                        + (file.local() ? " (local, not in the catalogue)" : ""));
            }
            for (InstalledModel model : result.completed()) {
                out.println("Model " + model.entry().id() + " is complete in " + model.folder());
            }
            result.warnings().forEach(warning -> spec.commandLine().getErr().println("warning: " + warning));
            return 0;
        }
    }

    /** {@code models verify}. */
    @Component
    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = "Re-hash installed model files against their checksums (all installed models by default).")
    static class Verify implements Callable<Integer> {

        private final ModelResolver resolver;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "Only this model.")
        String id;

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        Verify(ModelResolver resolver) {
            this.resolver = resolver;
        }

        @Override
        public Integer call() {
            Catalogue catalogue = resolver.catalogue();
            ModelStore store = resolver.store();
            List<ModelEntry> entries = id != null ? List.of(catalogue.require(id))
                    : store.installed(catalogue).stream().map(InstalledModel::entry).toList();
            PrintWriter out = spec.commandLine().getOut();
            if (entries.isEmpty()) {
                out.println("No models installed in " + store.modelsDir().toAbsolutePath());
                return 0;
            }
            boolean allOk = true;
            ConsoleProgress progress = new ConsoleProgress(System.err);
            for (ModelEntry entry : entries) {
                VerifyReport report = store.verify(entry, progress);
                progress.end();
                allOk &= report.ok();
                out.println((report.ok() ? "OK      " : "FAILED  ") + entry.id());
                for (VerifyReport.FileCheck problem : report.problems()) {
                    out.println("        " + problem.name() + ": " + problem.status().name().toLowerCase().replace('_', ' ')
                            + problem.actualSha256().map(actual -> " (sha256 " + actual + ", expected "
                            + problem.expectedSha256() + ")").orElse(""));
                }
            }
            return allOk ? 0 : ExitCode.CHECKSUM_MISMATCH.code();
        }
    }
}
