package guichet.models;

/**
 * Hears how a long transfer or check advances, so a command line can draw a progress bar.
 * Calls for one task come one at a time, though not always from the caller's thread.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
        @Override
        public void begin(String label, long totalBytes) {
        }

        @Override
        public void advance(long bytes) {
        }

        @Override
        public void end() {
        }

        @Override
        public void note(String message) {
        }
    };

    /** A task starts; {@code totalBytes} is -1 when the size is not known. */
    void begin(String label, long totalBytes);

    /** {@code bytes} more bytes of the current task are done. */
    void advance(long bytes);

    /** The current task is finished. */
    void end();

    /** Something the operator should read, outside any task. */
    void note(String message);
}
