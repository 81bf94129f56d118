package guichet.app.system.usage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The usage of a period as the admin API and {@code guichet keys usage --json} show it. */
public final class UsageReport {

    /** The period a report covers when none is given. */
    public static final Duration DEFAULT_PERIOD = Duration.ofDays(30);

    private UsageReport() {
    }

    /** {@code from} and {@code to}, or the last 30 days up to now. */
    public static Instant[] period(Instant from, Instant to, Clock clock) {
        Instant end = to != null ? to : clock.instant();
        Instant start = from != null ? from : end.minus(DEFAULT_PERIOD);
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("the period's start (" + start + ") must be before its end (" + end + ")");
        }
        return new Instant[] {start, end};
    }

    /** {"from", "to", "usage": [{key_id, model, requests, prompt_tokens, completion_tokens, total_tokens}]}. */
    public static Map<String, Object> json(Instant from, Instant to, List<ModelUsage.Line> lines) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("from", from.toString());
        report.put("to", to.toString());
        report.put("usage", lines.stream().map(line -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("key_id", line.keyId());
            row.put("model", line.model());
            row.put("requests", line.requests());
            row.put("prompt_tokens", line.promptTokens());
            row.put("completion_tokens", line.completionTokens());
            row.put("total_tokens", line.totalTokens());
            return row;
        }).toList());
        return report;
    }
}
