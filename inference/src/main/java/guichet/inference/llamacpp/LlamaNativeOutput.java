package guichet.inference.llamacpp;

/**
 * Where llama.cpp's console output goes. An application calls {@link #capture()} first thing in
 * {@code main}, before any writer wraps stderr, so that every Java writer created afterwards uses
 * the redirected {@code System.err} while native output goes to the application log.
 */
public final class LlamaNativeOutput {

    private static final NativeLog LOG = new NativeLog();

    private LlamaNativeOutput() {
    }

    /** Routes native stderr into the {@code llama.cpp} logger; true when active (Linux). Idempotent. */
    public static boolean capture() {
        return NativeStderrCapture.install(LOG::accept);
    }

    static NativeLog log() {
        return LOG;
    }
}
