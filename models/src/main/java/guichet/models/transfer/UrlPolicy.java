package guichet.models.transfer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/** Which URLs Guichet fetches from: HTTPS anywhere, plain HTTP too (with a warning unless the host is loopback). */
final class UrlPolicy {

    private static final Logger log = LoggerFactory.getLogger(UrlPolicy.class);
    private static final Pattern LOOPBACK_V4 = Pattern.compile("127(\\.\\d{1,3}){3}");
    private static final Set<String> WARNED = ConcurrentHashMap.newKeySet();

    private UrlPolicy() {
    }

    static void check(URI uri) throws IOException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
            throw new IOException("only absolute http and https URLs can be fetched, not " + uri);
        }
        if (scheme.equals("http") && !isLoopback(uri.getHost()) && WARNED.add(uri.getHost())) {
            log.warn("Fetching from {} over plain HTTP: files are still checked against the catalogue's SHA-256, "
                    + "but anyone on the network can see what is fetched; prefer HTTPS.", uri.getHost());
        }
    }

    static boolean isLoopback(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        return h.equals("localhost") || h.equals("[::1]") || h.equals("::1") || LOOPBACK_V4.matcher(h).matches();
    }
}
