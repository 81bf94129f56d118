package guichet.app.knowledge.corpus;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A real HTTP server on 127.0.0.1 serving archives as an npm registry or DILA's site does: files with byte ranges,
 * and a response cut short once to imitate a broken connection. It records the requests.
 */
public final class PackServer implements AutoCloseable {

    /** A request as received. */
    public record Request(String path, Optional<String> range) {
    }

    private interface Route {
        void serve(HttpExchange exchange) throws IOException;
    }

    private static final Pattern RANGE = Pattern.compile("bytes=(\\d+)-");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    private PackServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::dispatch);
        server.setExecutor(executor);
        server.start();
    }

    public static PackServer start() throws IOException {
        return new PackServer();
    }

    /** The absolute URL of {@code path} on this server. */
    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    /** Serves {@code file} at {@code path}, honouring Range requests. */
    public PackServer file(String path, Path file) {
        routes.put(path, exchange -> send(exchange, file, Long.MAX_VALUE));
        return this;
    }

    /** Serves {@code file} at {@code path}, but the first response stops after {@code bytes} and the connection drops. */
    public PackServer fileCutOnce(String path, Path file, long bytes) {
        AtomicBoolean cut = new AtomicBoolean();
        routes.put(path, exchange -> send(exchange, file, cut.getAndSet(true) ? Long.MAX_VALUE : bytes));
        return this;
    }

    /** The requests received for {@code path}. */
    public List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Request(path, Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range"))));
        Route route = routes.get(path);
        try (exchange) {
            if (route == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                route.serve(exchange);
            }
        }
    }

    private static void send(HttpExchange exchange, Path file, long cutAfter) throws IOException {
        long length = Files.size(file);
        long start = 0;
        Matcher range = RANGE.matcher(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Range")).orElse(""));
        exchange.getResponseHeaders().set("Content-Type", "application/octet-stream");
        if (range.matches()) {
            start = Long.parseLong(range.group(1));
            if (start >= length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + length);
                exchange.sendResponseHeaders(416, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Range", "bytes " + start + "-" + (length - 1) + "/" + length);
            exchange.sendResponseHeaders(206, length - start);
        } else {
            exchange.getResponseHeaders().set("Accept-Ranges", "bytes");
            exchange.sendResponseHeaders(200, length);
        }
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(start);
            OutputStream out = exchange.getResponseBody();
            byte[] buffer = new byte[1 << 14];
            long remaining = Math.min(length - start, cutAfter);
            while (remaining > 0) {
                int read = in.read(buffer, 0, (int) Math.min(buffer.length, remaining));
                out.write(buffer, 0, read);
                remaining -= read;
            }
            out.flush();
        }
    }
}
