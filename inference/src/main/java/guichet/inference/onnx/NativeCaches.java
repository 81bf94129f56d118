package guichet.inference.onnx;

import java.nio.file.Path;

/**
 * Keeps the tokenizers library offline and its native cache in a writable place: it unpacks its
 * native library from its jar into DJL_CACHE_DIR (default ~/.djl.ai), and must never try to fetch
 * anything.
 */
final class NativeCaches {

    private NativeCaches() {
    }

    static synchronized void configureDjl() {
        System.setProperty("ai.djl.offline", "true");
        if (System.getProperty("DJL_CACHE_DIR") == null && System.getenv("DJL_CACHE_DIR") == null) {
            String home = System.getProperty("user.home");
            Path base = home == null || home.isBlank() || !Path.of(home).toFile().canWrite()
                    ? Path.of(System.getProperty("java.io.tmpdir"))
                    : Path.of(home);
            System.setProperty("DJL_CACHE_DIR", base.resolve(".djl.ai").toString());
        }
    }
}
