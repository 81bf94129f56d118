package guichet.models.pull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.models.ChecksumMismatchException;
import guichet.models.ProgressListener;
import guichet.models.PullSettings;
import guichet.models.Sha256;
import guichet.models.transfer.HttpDownloader;
import guichet.models.transfer.Staging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Python package index's simple API: the JSON form (PEP 691) when the server offers it, the HTML form
 * (PEP 503) otherwise. Finds a release file and downloads it, checked against the hash the index publishes.
 */
public final class PypiIndex {

    /** Prefer JSON; accept the HTML forms from servers that predate PEP 691. */
    static final String ACCEPT = "application/vnd.pypi.simple.v1+json, "
            + "application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.1";

    private static final Logger log = LoggerFactory.getLogger(PypiIndex.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ANCHOR =
            Pattern.compile("<a\\s[^>]*?href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a\\s*>",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern SHA256_FRAGMENT = Pattern.compile("(?:^|&)sha256=([0-9a-fA-F]{64})");

    private final HttpDownloader http;
    private final PullSettings settings;

    public PypiIndex(HttpDownloader http, PullSettings settings) {
        this.http = http;
        this.settings = settings;
    }

    /** A release file as the index lists it. */
    public record ReleaseFile(String filename, URI url, Optional<String> sha256) {
    }

    /** A release file on this machine and its SHA-256. */
    public record Downloaded(Path path, String sha256) {
    }

    /**
     * Downloads {@code filename} of {@code packageName} into {@code staging} and returns where it is, checked
     * against the hash the index publishes (the caller checks it against the catalogue).
     */
    public Downloaded download(URI index, String packageName, String filename, Staging staging,
                               ProgressListener progress) throws IOException {
        ReleaseFile file = find(index, packageName, filename);
        Path part = staging.part(filename);
        String actual = http.download(file.url(), part, "Downloading " + filename, progress);
        if (file.sha256().isEmpty()) {
            log.warn("{} publishes no SHA-256 for {}; relying on the catalogue's checksums",
                    file.url().getHost(), filename);
        } else if (!file.sha256().get().equals(actual)) {
            Files.deleteIfExists(part);
            throw new ChecksumMismatchException(filename + " from " + file.url(), file.sha256().get(), actual);
        }
        return new Downloaded(part, actual);
    }

    /** The release file called {@code filename} on the index's page for {@code packageName}. */
    public ReleaseFile find(URI index, String packageName, String filename) throws IOException {
        String base = settings.mirrored(index).toString();
        URI page = URI.create((base.endsWith("/") ? base : base + "/") + normalise(packageName) + "/");
        HttpDownloader.Page response = http.get(page, ACCEPT);
        List<ReleaseFile> files = response.contentType().toLowerCase(Locale.ROOT).contains("json")
                ? fromJson(response) : fromHtml(response);
        return files.stream().filter(f -> f.filename().equals(filename)).findFirst().orElseThrow(() ->
                new IOException(page + " lists no file " + filename + " (it lists " + files.size() + " files)"));
    }

    /** The project name as the simple API spells it (PEP 503): lower case, runs of "-", "_", "." as one "-". */
    static String normalise(String name) {
        return name.replaceAll("[-_.]+", "-").toLowerCase(Locale.ROOT);
    }

    static List<ReleaseFile> fromJson(HttpDownloader.Page page) throws IOException {
        JsonNode files = JSON.readTree(page.body()).path("files");
        if (!files.isArray()) {
            throw new IOException(page.uri() + " is not a PEP 691 project page (no \"files\" list)");
        }
        List<ReleaseFile> result = new ArrayList<>();
        for (JsonNode file : files) {
            String sha256 = file.path("hashes").path("sha256").asText("");
            result.add(new ReleaseFile(file.path("filename").asText(), page.uri().resolve(file.path("url").asText()),
                    Sha256.isSha256(sha256) ? Optional.of(sha256.toLowerCase(Locale.ROOT)) : Optional.empty()));
        }
        return result;
    }

    static List<ReleaseFile> fromHtml(HttpDownloader.Page page) {
        List<ReleaseFile> result = new ArrayList<>();
        Matcher anchor = ANCHOR.matcher(page.body());
        while (anchor.find()) {
            URI href = page.uri().resolve(unescape(anchor.group(1)).strip());
            String text = unescape(anchor.group(2).replaceAll("<[^>]*>", "")).strip();
            Optional<String> sha256 = Optional.ofNullable(href.getFragment())
                    .map(SHA256_FRAGMENT::matcher).filter(Matcher::find).map(m -> m.group(1).toLowerCase(Locale.ROOT));
            result.add(new ReleaseFile(text, withoutFragment(href), sha256));
        }
        return result;
    }

    private static URI withoutFragment(URI uri) {
        String text = uri.toString();
        int hash = text.indexOf('#');
        return hash < 0 ? uri : URI.create(text.substring(0, hash));
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#x27;", "'").replace("&amp;", "&");
    }
}
