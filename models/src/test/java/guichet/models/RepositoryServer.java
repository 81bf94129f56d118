package guichet.models;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server on 127.0.0.1 that speaks what model sources speak: the simple package index API in its
 * JSON (PEP 691) and HTML (PEP 503) forms, a Maven repository layout, and plain files with byte ranges.
 * It records every request, and can cut a response short to imitate a broken connection.
 */
final class RepositoryServer implements AutoCloseable {

    /** A request as received. */
    record Request(String path, Optional<String> range, Optional<String> accept) {
    }

    /** A file listed on an index page with the SHA-256 the index publishes for it. */
    record Listed(String filename, Path file, String sha256) {
    }

    private interface Route {
        void serve(HttpExchange exchange) throws IOException;
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private RepositoryServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    static RepositoryServer start() throws IOException {
        return new RepositoryServer();
    }

    /** The absolute URL of {@code path} on this server. */
    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code file} at {@code path}, honouring Range requests. */
    RepositoryServer file(String path, Path file) {
        routes.put(path, exchange -> sendFile(exchange, file, true, Long.MAX_VALUE, Duration.ZERO));
        return this;
    }

    /** Serves {@code file} at {@code path} whole, ignoring Range requests like some old servers. */
    RepositoryServer fileIgnoringRanges(String path, Path file) {
        routes.put(path, exchange -> sendFile(exchange, file, false, Long.MAX_VALUE, Duration.ZERO));
        return this;
    }

    /** Serves {@code file} at {@code path}, but the first response stops after {@code bytes} and the connection drops. */
    RepositoryServer fileCutOnce(String path, Path file, long bytes) {
        AtomicBoolean cut = new AtomicBoolean();
        routes.put(path, exchange -> sendFile(exchange, file, true, cut.getAndSet(true) ? Long.MAX_VALUE : bytes,
                Duration.ZERO));
        return this;
    }

    /** Like {@link #fileCutOnce}, but the first response first falls silent for {@code silence}, connection open. */
    RepositoryServer fileStallingOnce(String path, Path file, long bytes, Duration silence) {
        AtomicBoolean stalled = new AtomicBoolean();
        routes.put(path, exchange -> {
            boolean first = !stalled.getAndSet(true);
            sendFile(exchange, file, true, first ? bytes : Long.MAX_VALUE, first ? silence : Duration.ZERO);
        });
        return this;
    }

    /** Answers {@code status} with an empty body at {@code path}. */
    RepositoryServer status(String path, int status) {
        routes.put(path, exchange -> {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        return this;
    }

    /** A PEP 691 JSON project page at {@code /simple/<project>/}, its files served under {@code /files/}. */
    RepositoryServer pypiJson(String project, Listed... files) {
        StringBuilder json = new StringBuilder("{\"meta\":{\"api-version\":\"1.1\"},\"name\":\"" + project + "\",\"files\":[");
        for (int i = 0; i < files.length; i++) {
            Listed f = files[i];
            // Relative URLs, as PEP 691 allows; the client must resolve them against the page.
            json.append(i == 0 ? "" : ",").append("{\"filename\":\"").append(f.filename())
                    .append("\",\"url\":\"../../files/").append(f.filename())
                    .append("\",\"hashes\":{\"sha256\":\"").append(f.sha256()).append("\"}}");
            file("/files/" + f.filename(), f.file());
        }
        json.append("]}");
        routes.put("/simple/" + project + "/", exchange -> sendText(exchange, "application/vnd.pypi.simple.v1+json",
                json.toString()));
        return this;
    }

    /** A PEP 503 HTML project page at {@code /simple/<project>/}, hashes in the link fragments. */
    RepositoryServer pypiHtml(String project, Listed... files) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><title>Links for " + project
                + "</title></head><body><h1>Links for " + project + "</h1>\n");
        for (Listed f : files) {
            html.append("<a href=\"").append(uri("/files/" + f.filename())).append("#sha256=").append(f.sha256())
                    .append("\" data-requires-python=\"&gt;=3.8\">").append(f.filename()).append("</a><br/>\n");
            file("/files/" + f.filename(), f.file());
        }
        html.append("</body></html>\n");
        routes.put("/simple/" + project + "/", exchange -> sendText(exchange, "text/html; charset=utf-8", html.toString()));
        return this;
    }

    /** Every request received so far. */
    List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests received for {@code path}. */
    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private static void pause(Duration silence) {
        try {
            Thread.sleep(silence);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")),
                Optional.ofNullable(exchange.getRequestHeaders().getFirst("Accept"))));
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                route.serve(exchange);
            }
        }
    }

    private static void sendText(HttpExchange exchange, String contentType, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    private static void sendFile(HttpExchange exchange, Path file, boolean ranges, long cutAfter, Duration silence)
            throws IOException {
        long length = Files.size(file);
        long start = 0;
        Matcher range = RANGE.matcher(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")).orElse(""));
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        if (ranges && range.matches()) {
            start = Long.parseLong(range.group(1));
            if (start >= length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (length - 1) + "/" + length);
            exchange.sendResponseHeaders(206, length - start);
        } else {
            if (ranges) {
                exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            }
            exchange.sendResponseHeaders(200, length);
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(start);
            OutputStream out = exchange.getResponseBody();
            byte[] buffer = new byte[1 << 16];
            long remaining = Math.min(length - start, cutAfter);
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                out.write(buffer, 0, read);
                remaining -= read;
            }
            out.flush();
            pause(silence);
        }
    }
}
