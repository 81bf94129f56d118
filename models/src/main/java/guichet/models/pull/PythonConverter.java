package guichet.models.pull;

import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.PullSettings;
import guichet.models.Sha256;
import guichet.models.SourceUnavailableException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs a conversion script shipped with Guichet in a Python virtual environment holding its pinned requirements.
 * The environment is created once per package version under the tools folder and reused; pip installs with this
 * machine's own pip configuration, so a site's package mirror applies.
 */
public final class PythonConverter {

    /** Classpath folder that catalogue resource paths are relative to. */
    static final String RESOURCE_ROOT = "guichet/models/";
    private static final String MARKER = ".guichet-requirements.sha256";
    private static final String ELSEWHERE =
            "convert on a machine that has Python 3 and access to a package index, then import the files";

    private final PullSettings settings;
    private final Path toolsDir;

    public PythonConverter(PullSettings settings, Path defaultToolsDir) {
        this.settings = settings;
        this.toolsDir = settings.toolsDir().orElse(defaultToolsDir);
    }

    /** The Python of an environment ready for {@code source}'s converter, created the first time. */
    public Path prepare(ModelSource.PypiConvert source, ProgressListener progress) throws IOException {
        if (settings.converterVenv().isPresent()) {
            Path python = venvPython(settings.converterVenv().get());
            if (!Files.isExecutable(python)) {
                throw new SourceUnavailableException("the configured converter environment "
                        + settings.converterVenv().get() + " has no " + python.getFileName() + "; " + ELSEWHERE);
            }
            return python;
        }
        String stem = source.packageName() + "-" + source.version();
        Path venv = toolsDir.resolve(stem + "-venv");
        Path requirements = copyResource(source.requirements(), toolsDir.resolve(stem + "-requirements.txt"));
        String wanted = Sha256.hex(Sha256.newDigest().digest(Files.readAllBytes(requirements)));
        Path python = venvPython(venv);
        Path marker = venv.resolve(MARKER);
        if (Files.isExecutable(python) && Files.exists(marker) && Files.readString(marker).strip().equals(wanted)) {
            return python;
        }
        progress.note("Preparing a Python environment for the " + source.packageName()
                + " converter in " + venv + " (once; pip uses this machine's index settings)");
        deleteRecursively(venv);
        String basePython = settings.python().map(Path::toString).orElse("python3");
        try {
            ProcessRunner.Result created = ProcessRunner.run(List.of(basePython, "-m", "venv", venv.toString()),
                    settings.conversionTimeout());
            if (!created.ok()) {
                throw new SourceUnavailableException("`" + basePython + " -m venv` failed (" + created.tail()
                        + "); install Python's venv module or " + ELSEWHERE);
            }
        } catch (ProcessRunner.NotStartedException e) {
            throw new SourceUnavailableException("Python (" + basePython + ") is needed to convert this model but "
                    + e.getMessage() + "; set the Python to use, or " + ELSEWHERE);
        }
        ProcessRunner.Result installed = ProcessRunner.run(List.of(python.toString(), "-m", "pip", "install",
                "--disable-pip-version-check", "-r", requirements.toString()), settings.conversionTimeout());
        if (!installed.ok()) {
            throw new SourceUnavailableException("pip could not install the converter's requirements "
                    + requirements + " (" + installed.tail() + "); " + ELSEWHERE);
        }
        Files.writeString(marker, wanted + "\n", StandardCharsets.US_ASCII);
        return python;
    }

    /** Runs {@code source}'s converter on {@code input}, writing the model files into {@code outDir}. */
    public void convert(Path python, ModelSource.PypiConvert source, Path input, Path outDir, ProgressListener progress)
            throws IOException {
        String stem = source.packageName() + "-" + source.version();
        Path script = copyResource(source.converter(),
                toolsDir.resolve(stem + "-" + Path.of(source.converter()).getFileName()));
        deleteRecursively(outDir);
        Files.createDirectories(outDir);
        progress.note("Converting " + input.getFileName().toString().replaceFirst("\\.part$", "") + " with "
                + script.getFileName());
        ProcessRunner.Result result = ProcessRunner.run(
                List.of(python.toString(), script.toString(), input.toString(), outDir.toString()),
                settings.conversionTimeout());
        if (!result.ok()) {
            throw new IOException("the converter " + script.getFileName() + " exited with status "
                    + result.exitCode() + " (" + result.tail() + ")");
        }
    }

    /** Copies a classpath resource (relative to guichet/models/) or an absolute file to {@code target}. */
    private static Path copyResource(String location, Path target) throws IOException {
        Files.createDirectories(target.getParent());
        Path asFile = Path.of(location);
        if (asFile.isAbsolute()) {
            if (!Files.isRegularFile(asFile)) {
                throw new IOException("the converter file " + location + " does not exist");
            }
            Files.copy(asFile, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
        try (InputStream in = PythonConverter.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + location)) {
            if (in == null) {
                throw new IOException("the resource " + RESOURCE_ROOT + location + " is missing from this Guichet");
            }
            Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        }
    }

    private static Path venvPython(Path venv) {
        return System.getProperty("os.name").startsWith("Windows")
                ? venv.resolve("Scripts").resolve("python.exe") : venv.resolve("bin").resolve("python");
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
