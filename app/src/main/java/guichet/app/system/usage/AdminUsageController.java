package guichet.app.system.usage;

import guichet.app.system.errors.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * {@code GET /api/v1/admin/usage} (admin keys only): requests and tokens through the OpenAI API by key
 * and model over a period, from the database: what an operator bills departments from.
 */
@RestController
class AdminUsageController {

    private final ModelUsage usage;
    private final Clock clock;

    AdminUsageController(ModelUsage usage, Clock clock) {
        this.usage = usage;
        this.clock = clock;
    }

    /** @param from ISO-8601 instant, default 30 days before {@code to}; @param to default now (exclusive) */
    @GetMapping(path = "/api/v1/admin/usage", produces = MediaType.APPLICATION_JSON_VALUE)
    Map<String, Object> usage(@RequestParam(required = false) Instant from, @RequestParam(required = false) Instant to) {
        Instant[] period;
        try {
            period = UsageReport.period(from, to, clock);
        } catch (IllegalArgumentException e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, Problems.of(HttpStatus.BAD_REQUEST, "invalid_period",
                    "Invalid period", e.getMessage()), e);
        }
        return UsageReport.json(period[0], period[1], usage.report(period[0], period[1]));
    }
}
