package guichet.models.transfer;

import guichet.models.ProgressListener;
import guichet.models.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fetches over HTTP(S) through the JVM's proxy settings. A download goes to a {@code .part} file and is hashed as
 * it arrives; when the connection breaks it resumes with a {@code Range} request if the server allows (206),
 * and starts again otherwise.
 *
 * <p>Longer than most classes: resuming, redirects, proxies, hashing and the one-line errors for
 * each HTTP failure are one protocol, and splitting them would spread one download's state over several classes.
 */
public final class HttpDownloader {

    private static final Logger log = LoggerFactory.getLogger(HttpDownloader.class);
    private static final String USER_AGENT = "Guichet-models";
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes\\s+(\\d+)-(\\d+)/(\\d+|\\*)");
    private static final Duration RETRY_PAUSE = Duration.ofMillis(500);
    private static final Pattern UNSATISFIED_RANGE = Pattern.compile("bytes\\s+\\*/(\\d+)");

    private final HttpClient client;
    private final Duration readTimeout;
    private final int attempts;

    /**
     * @param connectTimeout how long to wait for a connection
     * @param readTimeout how long a response may stay silent before the attempt is abandoned
     * @param attempts how many times one download is tried (resuming each time)
     */
    public HttpDownloader(Duration connectTimeout, Duration readTimeout, int attempts) {
        this.client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .proxy(ProxySelector.getDefault())
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
        this.readTimeout = readTimeout;
        this.attempts = attempts;
    }

    /** A small text resource, such as an index page, as served. */
    public record Page(URI uri, String contentType, String body) {
    }

    /** Fetches a small text resource, asking for {@code accept}. */
    public Page get(URI uri, String accept) throws IOException {
        UrlPolicy.check(uri);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("Accept", accept).header("User-Agent", USER_AGENT).GET().build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new HttpStatusException(uri, response.statusCode());
            }
            return new Page(response.uri(), response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while fetching " + uri);
        }
    }

    /**
     * Downloads {@code uri} into {@code part}, continuing from what {@code part} already holds, and returns the
     * SHA-256 of the whole file. What was received stays in {@code part} when this fails.
     */
    public String download(URI uri, Path part, String label, ProgressListener progress) throws IOException {
        UrlPolicy.check(uri);
        Files.createDirectories(part.getParent());
        Transfer transfer = new Transfer(uri, part, label, progress);
        try {
            IOException last = null;
            for (int attempt = 1; attempt <= attempts; attempt++) {
                long before = transfer.written();
                try {
                    if (exchange(uri, transfer)) {
                        return transfer.sha256();
                    }
                    last = new IOException(uri + " sent a range that does not continue the partial file");
                } catch (HttpStatusException e) {
                    if (!e.retryable()) {
                        throw e;
                    }
                    last = e;
                } catch (InterruptedIOException e) {
                    throw e;
                } catch (IOException e) {
                    last = e;
                }
                if (attempt < attempts) {
                    retryAfter(uri, transfer, before, attempt, last, progress);
                }
            }
            throw last;
        } finally {
            transfer.finish();
        }
    }

    /** Logs the failed attempt; pauses first when it brought nothing, so a briefly unreachable server can recover. */
    private static void retryAfter(URI uri, Transfer transfer, long before, int attempt, IOException failure,
                                   ProgressListener progress) throws InterruptedIOException {
        if (transfer.written() > before) {
            log.info("Download of {} interrupted after {} bytes ({}); resuming", uri, transfer.written(),
                    Failures.describe(failure));
            progress.note("Connection lost after " + transfer.written() + " bytes; resuming");
            return;
        }
        log.info("Download of {} failed ({}); trying again", uri, Failures.describe(failure));
        try {
            Thread.sleep(RETRY_PAUSE.multipliedBy(attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry " + uri);
        }
    }

    /** One request; true when the file is complete, false when it must start again. */
    private boolean exchange(URI uri, Transfer transfer) throws IOException {
        long offset = transfer.written();
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(readTimeout)
                .header("User-Agent", USER_AGENT).GET();
        if (offset > 0) {
            request.header("Range", "bytes=" + offset + "-");
        }
        int attempt = transfer.nextAttempt();
        CompletableFuture<HttpResponse<Outcome>> future =
                client.sendAsync(request.build(), info -> transfer.subscriberFor(attempt, info, offset));
        Outcome outcome = await(uri, future, transfer);
        return switch (outcome) {
            case COMPLETE -> true;
            case RESTART -> false;
            case FAILED -> throw new HttpStatusException(uri, transfer.status());
        };
    }

    private <T> T await(URI uri, CompletableFuture<HttpResponse<T>> future, Transfer transfer) throws IOException {
        long pollMillis = Math.max(50, Math.min(1000, readTimeout.toMillis() / 4));
        while (true) {
            try {
                return future.get(pollMillis, TimeUnit.MILLISECONDS).body();
            } catch (TimeoutException e) {
                if (transfer.idleNanos() > readTimeout.toNanos()) {
                    transfer.abandonAttempt();
                    future.cancel(true);
                    throw new HttpTimeoutException(uri.getHost() + " sent nothing for " + readTimeout.toSeconds() + " s");
                }
            } catch (InterruptedException e) {
                transfer.abandonAttempt();
                future.cancel(true);
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("interrupted while downloading " + uri);
            } catch (ExecutionException e) {
                transfer.abandonAttempt();
                Throwable cause = e.getCause();
                if (cause instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new IOException(cause);
            }
        }
    }

    /** How one request ended. */
    private enum Outcome {
        COMPLETE,
        RESTART,
        FAILED
    }

    /**
     * The state of one download across attempts: the file, the digest of exactly the bytes it holds, and progress.
     * Writes come from the HTTP client's threads; each carries its attempt number so a late write from an
     * abandoned attempt can never land in the file.
     */
    private static final class Transfer {
        private final URI uri;
        private final Path part;
        private final String label;
        private final ProgressListener progress;
        private final MessageDigest digest = Sha256.newDigest();
        private long written;
        private int attempt;
        private int status;
        private boolean begun;
        private FileChannel channel;
        private volatile long lastActivity = System.nanoTime();

        Transfer(URI uri, Path part, String label, ProgressListener progress) throws IOException {
            this.uri = uri;
            this.part = part;
            this.label = label;
            this.progress = progress;
            if (Files.exists(part)) {
                // A .part left by an earlier run: hash what it holds so the digest covers the whole file.
                try (InputStream in = Files.newInputStream(part)) {
                    written = Sha256.update(digest, in);
                }
            }
        }

        synchronized int status() {
            return status;
        }

        synchronized long written() {
            return written;
        }

        synchronized int nextAttempt() {
            lastActivity = System.nanoTime();
            return ++attempt;
        }

        long idleNanos() {
            return System.nanoTime() - lastActivity;
        }

        synchronized HttpResponse.BodySubscriber<Outcome> subscriberFor(int attemptNumber, HttpResponse.ResponseInfo info,
                                                                        long offset) {
            lastActivity = System.nanoTime();
            if (attemptNumber != attempt) {
                return HttpResponse.BodySubscribers.replacing(Outcome.RESTART);
            }
            status = info.statusCode();
            String range = info.headers().firstValue("Content-Range").orElse("");
            return switch (status) {
                case 200 -> {
                    if (offset > 0) {
                        log.info("{} ignored the Range request; downloading it again from the start", uri);
                    }
                    open(0, info.headers().firstValueAsLong("Content-Length").orElse(-1));
                    yield new FileSubscriber(this, attemptNumber);
                }
                case 206 -> {
                    Matcher m = CONTENT_RANGE.matcher(range);
                    if (!m.matches() || Long.parseLong(m.group(1)) != offset) {
                        restart();
                        yield HttpResponse.BodySubscribers.replacing(Outcome.RESTART);
                    }
                    open(offset, m.group(3).equals("*") ? -1 : Long.parseLong(m.group(3)));
                    yield new FileSubscriber(this, attemptNumber);
                }
                case 416 -> {
                    Matcher m = UNSATISFIED_RANGE.matcher(range);
                    if (m.matches() && Long.parseLong(m.group(1)) == offset) {
                        open(offset, offset);
                        yield HttpResponse.BodySubscribers.replacing(Outcome.COMPLETE);
                    }
                    restart();
                    yield HttpResponse.BodySubscribers.replacing(Outcome.RESTART);
                }
                default -> HttpResponse.BodySubscribers.replacing(Outcome.FAILED);
            };
        }

        /** Opens the file for this attempt at {@code offset}, cutting off anything after it. */
        private void open(long offset, long total) {
            closeChannel();
            try {
                channel = FileChannel.open(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                channel.truncate(offset);
                channel.position(offset);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (offset == 0 && written > 0) {
                digest.reset();
                written = 0;
                if (begun) {
                    progress.end();
                    begun = false;
                }
            }
            if (!begun) {
                progress.begin(label, total);
                begun = true;
                if (written > 0) {
                    progress.advance(written);
                }
            }
        }

        private void restart() {
            closeChannel();
            try {
                Files.deleteIfExists(part);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            digest.reset();
            written = 0;
        }

        synchronized void write(int attemptNumber, List<ByteBuffer> buffers) throws IOException {
            if (attemptNumber != attempt || channel == null) {
                throw new IOException("attempt abandoned");
            }
            for (ByteBuffer buffer : buffers) {
                ByteBuffer forDigest = buffer.duplicate();
                int bytes = buffer.remaining();
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                digest.update(forDigest);
                written += bytes;
                progress.advance(bytes);
            }
            lastActivity = System.nanoTime();
        }

        synchronized String sha256() {
            return Sha256.hex(digest.digest());
        }

        synchronized void endAttempt(int attemptNumber) {
            if (attemptNumber == attempt) {
                closeChannel();
            }
        }

        synchronized void abandonAttempt() {
            attempt++;
            closeChannel();
        }

        synchronized void finish() {
            abandonAttempt();
            if (begun) {
                progress.end();
                begun = false;
            }
        }

        private void closeChannel() {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    log.debug("Closing {} failed", part, e);
                }
                channel = null;
            }
        }
    }

    /** Writes a response body into the transfer's file, one buffer list at a time. */
    private static final class FileSubscriber implements HttpResponse.BodySubscriber<Outcome> {
        private final Transfer transfer;
        private final int attempt;
        private final CompletableFuture<Outcome> result = new CompletableFuture<>();
        private Flow.Subscription subscription;

        FileSubscriber(Transfer transfer, int attempt) {
            this.transfer = transfer;
            this.attempt = attempt;
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(1);
        }

        @Override
        public void onNext(List<ByteBuffer> buffers) {
            try {
                transfer.write(attempt, buffers);
                subscription.request(1);
            } catch (IOException e) {
                subscription.cancel();
                transfer.endAttempt(attempt);
                result.completeExceptionally(e);
            }
        }

        @Override
        public void onError(Throwable error) {
            transfer.endAttempt(attempt);
            result.completeExceptionally(error);
        }

        @Override
        public void onComplete() {
            transfer.endAttempt(attempt);
            result.complete(Outcome.COMPLETE);
        }

        @Override
        public CompletionStage<Outcome> getBody() {
            return result;
        }
    }
}
