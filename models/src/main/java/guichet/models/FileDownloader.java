package guichet.models;

import guichet.models.transfer.Failures;
import guichet.models.transfer.HttpDownloader;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Downloads one file that is not a model (a guidance archive) the way model files come: through the JVM's proxies
 * with the pull settings' timeouts and attempts, with progress, resuming what a cut connection or an earlier run
 * left in {@code <target>.part}. The file takes its place only once it matches its {@link FilePin}; a file that
 * does not is deleted.
 */
public final class FileDownloader {

    private final HttpDownloader http;

    public FileDownloader(PullSettings settings) {
        this.http = new HttpDownloader(settings.connectTimeout(), settings.readTimeout(), settings.downloadAttempts());
    }

    /** Where a download of {@code target} waits until it is complete and checked. */
    public static Path partOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".part");
    }

    /**
     * Downloads {@code url} to {@code target}, replacing what was there, and returns its SHA-256. A download resumed
     * from an earlier run's part that does not match its pin is fetched once more from the start (the part may have
     * come from another version of the file).
     *
     * @throws ChecksumMismatchException when the file is not the pinned one (nothing is kept)
     * @throws SourceUnavailableException when it cannot be downloaded, interrupted included (what came is kept
     *                                    in the part file, and the next try resumes from it)
     */
    public String download(URI url, Path target, FilePin pin, ProgressListener progress) {
        Path part = partOf(target);
        boolean resumed = Files.exists(part);
        try {
            return fetchAndCheck(url, target, pin, progress);
        } catch (ChecksumMismatchException e) {
            if (!resumed) {
                throw e;
            }
            progress.note("The download resumed from an earlier try is not the pinned file; downloading it again");
            return fetchAndCheck(url, target, pin, progress);
        }
    }

    private String fetchAndCheck(URI url, Path target, FilePin pin, ProgressListener progress) {
        Path part = partOf(target);
        String sha256;
        try {
            Files.createDirectories(target.getParent());
            sha256 = http.download(url, part, "Downloading " + target.getFileName(), progress);
        } catch (InterruptedIOException e) {
            Thread.currentThread().interrupt();
            throw new SourceUnavailableException("the download of " + url + " was interrupted; run the command again "
                    + "to resume it");
        } catch (IOException e) {
            throw new SourceUnavailableException("cannot download " + url + ": " + Failures.describe(e)
                    + (Files.exists(part) ? "; what came is kept and the next try resumes from it" : ""));
        }
        try {
            pin.check(target.getFileName().toString(), part, sha256, progress);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return sha256;
        } catch (ChecksumMismatchException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // A try that resumes from it fails the same check and deletes it then.
            }
            throw e;
        } catch (IOException e) {
            throw new ModelStorageException(target, e);
        }
    }
}
