package guichet.inference.onnx;

import java.util.concurrent.Callable;

/**
 * Runs native set-up work in a thread with a large stack. Initialising ONNX Runtime and optimising
 * multilingual-e5's unpacking graph take more native stack than a default 1 MB Java thread has;
 * overflowing it in native code kills the process without a word (seen as exit 139), so this work
 * never runs on a caller's thread.
 */
final class LargeStack {

    private static final long STACK_BYTES = 256L << 20;

    private LargeStack() {
    }

    /** Calls {@code work} on a fresh large-stack thread and returns its result or rethrows its failure. */
    static <T> T call(String name, Callable<T> work) throws Exception {
        Object[] result = new Object[1];
        Exception[] failure = new Exception[1];
        Thread thread = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Exception e) {
                failure[0] = e;
            }
        }, name, STACK_BYTES);
        thread.start();
        thread.join();
        if (failure[0] != null) {
            throw failure[0];
        }
        @SuppressWarnings("unchecked")
        T value = (T) result[0];
        return value;
    }
}
