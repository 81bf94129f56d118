package guichet.app.desk.api;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.CaseView;
import guichet.app.desk.intake.Intake;
import guichet.app.desk.intake.IntakeResult;
import guichet.app.desk.intake.ParsedMail;
import guichet.app.desk.store.QueueEntry;
import guichet.app.system.errors.Problems;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The correspondence API: hand in a citizen's message (JSON, or the raw message as
 * {@code message/rfc822}), read the queue and a case. Text comes back with National Insurance and card
 * numbers masked. Replies are sent only from the desk page, by an officer.
 */
@RestController
@RequestMapping("/api/v1/correspondence")
class CorrespondenceController {

    private static final int MAX_PAGE = 500;

    private final Intake intake;
    private final CaseDesk desk;

    CorrespondenceController(Intake intake, CaseDesk desk) {
        this.intake = intake;
        this.desk = desk;
    }

    @PostMapping(consumes = "application/json")
    ResponseEntity<?> hand(@Valid @RequestBody NewCorrespondence message) {
        ParsedMail mail = new ParsedMail(blankToNull(message.messageId()), message.from().strip(), message.name(),
                message.subject(), message.receivedAt(), message.body() == null ? "" : message.body(), "", List.of(),
                message.body() == null || message.body().isBlank() ? List.of("The message has no text.") : List.of());
        return respond(intake.accept(mail, "api", "api", message.receivedAt()));
    }

    @PostMapping(consumes = "message/rfc822")
    ResponseEntity<?> handRaw(@RequestBody byte[] raw) {
        return respond(intake.acceptRaw(raw, "api", "api"));
    }

    /** The queue, a page at a time ({@code size} up to 500, the default); the total is in {@code X-Total-Count}. */
    @GetMapping
    ResponseEntity<List<QueueEntry>> queue(@RequestParam(defaultValue = "false") boolean all,
                                           @RequestParam(defaultValue = "1") int page,
                                           @RequestParam(defaultValue = "500") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE) {
            throw new InvalidQueuePageException("page must be 1 or more and size between 1 and " + MAX_PAGE);
        }
        CaseDesk.QueuePage shown = desk.queuePage(all, page, size);
        return ResponseEntity.ok().header("X-Total-Count", Integer.toString(shown.total())).body(shown.entries());
    }

    /** A page number or size out of range. */
    static final class InvalidQueuePageException extends IllegalArgumentException {
        InvalidQueuePageException(String message) {
            super(message);
        }
    }

    @GetMapping("/{id}")
    CaseView view(@PathVariable String id) {
        return desk.view(id).orElseThrow(() -> new CaseDesk.UnknownCaseException(id));
    }

    /** 201 with the new case, 200 naming the case that already holds it, or a 422 problem with the reason. */
    private ResponseEntity<?> respond(IntakeResult result) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", result.outcome().id());
        body.put("id", result.caseId());
        if (!result.reason().isEmpty()) {
            body.put("reason", result.reason());
        }
        return switch (result.outcome()) {
            case CREATED -> ResponseEntity.created(URI.create("/api/v1/correspondence/" + result.caseId())).body(body);
            case DUPLICATE -> ResponseEntity.ok(body);
            case REJECTED -> ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "message_rejected", "Message rejected",
                            result.reason()));
        };
    }

    @ExceptionHandler(InvalidQueuePageException.class)
    ProblemDetail invalidPage(InvalidQueuePageException e) {
        return Problems.of(HttpStatus.BAD_REQUEST, "invalid_page", "Invalid page", e.getMessage());
    }

    @ExceptionHandler(CaseDesk.UnknownCaseException.class)
    ProblemDetail unknown(CaseDesk.UnknownCaseException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown_case", "Unknown case", e.getMessage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
