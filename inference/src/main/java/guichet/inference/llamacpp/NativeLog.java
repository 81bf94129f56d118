package guichet.inference.llamacpp;

import guichet.inference.EngineTimings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads llama.cpp's console log line by line: forwards it to the application log (logger
 * {@code llama.cpp}) and picks out the timings llama.cpp prints for each finished task, so callers
 * can compare them with what they observed.
 */
final class NativeLog {

    private static final Logger NATIVE = LoggerFactory.getLogger("llama.cpp");
    private static final Pattern TIMING_HEADER = Pattern.compile("print_timing: id\\s+\\d+ \\| task (\\d+) \\|");
    private static final Pattern PROMPT_LINE =
            Pattern.compile("^\\s*prompt eval time =\\s*([0-9.]+) ms /\\s*(\\d+) tokens");
    private static final Pattern EVAL_LINE = Pattern.compile("^\\s*eval time =\\s*([0-9.]+) ms /\\s*(\\d+) tokens");
    private static final Pattern PROBLEM = Pattern.compile("(?i)\\b(error|failed|exception|warning)\\b");
    private static final int MAX_UNCLAIMED = 256;

    private final Map<Integer, CompletableFuture<EngineTimings>> pending = new LinkedHashMap<>();
    private int currentTask = -1;
    private double promptMillis;
    private int promptTokens;

    /** Future completed when llama.cpp prints the timings of {@code taskId}. */
    synchronized CompletableFuture<EngineTimings> timingsOf(int taskId) {
        return pending.computeIfAbsent(taskId, id -> new CompletableFuture<>());
    }

    /** Forgets a task whose timings nobody will read (cancelled or failed). */
    synchronized void forget(int taskId) {
        pending.remove(taskId);
    }

    void accept(String line) {
        if (PROBLEM.matcher(line).find()) {
            NATIVE.info(line);
        } else {
            NATIVE.debug(line);
        }
        parse(line);
    }

    private synchronized void parse(String line) {
        Matcher header = TIMING_HEADER.matcher(line);
        if (header.find()) {
            currentTask = Integer.parseInt(header.group(1));
            return;
        }
        if (currentTask < 0) {
            return;
        }
        Matcher prompt = PROMPT_LINE.matcher(line);
        if (prompt.find()) {
            promptMillis = Double.parseDouble(prompt.group(1));
            promptTokens = Integer.parseInt(prompt.group(2));
            return;
        }
        Matcher eval = EVAL_LINE.matcher(line);
        if (eval.find()) {
            EngineTimings timings = new EngineTimings(promptTokens, promptMillis, Integer.parseInt(eval.group(2)),
                    Double.parseDouble(eval.group(1)));
            timingsOf(currentTask).complete(timings);
            currentTask = -1;
            trim();
        }
    }

    private void trim() {
        var iterator = pending.entrySet().iterator();
        while (pending.size() > MAX_UNCLAIMED && iterator.hasNext()) {
            iterator.next();
            iterator.remove();
        }
    }
}
