package guichet.models.pull;

import guichet.models.ModelFile;
import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.transfer.HttpDownloader;
import guichet.models.transfer.Staging;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/** Downloads each model file from its own URL, typically a site's internal mirror. */
public final class UrlFetcher implements SourceFetcher<ModelSource.Url> {

    private final HttpDownloader http;

    public UrlFetcher(HttpDownloader http) {
        this.http = http;
    }

    @Override
    public void fetch(ModelSource.Url source, Staging staging, ProgressListener progress) throws IOException {
        for (ModelFile file : staging.entry().files()) {
            URI url = source.urls().get(file.name());
            if (url == null) {
                throw new IOException("no URL was given for " + file.name());
            }
            Path part = staging.part(file.name());
            String sha256 = http.download(url, part, "Downloading " + file.name(), progress);
            staging.accept(file.name(), part, sha256);
        }
    }
}
