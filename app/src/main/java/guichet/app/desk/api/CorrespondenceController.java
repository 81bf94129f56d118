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

    @GetMapping
    List<QueueEntry> queue(@RequestParam(defaultValue = "false") boolean all) {
        return desk.queue(all);
    }

    @GetMapping("/{id}")
    CaseView view(@PathVariable String id) {
        return desk.view(id).orElseThrow(() -> new CaseDesk.UnknownCaseException(id));
    }

    private ResponseEntity<?> respond(IntakeResult result) {
        if (result.outcome() == IntakeResult.Outcome.REJECTED) {
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, "message_rejected", "Message rejected",
                            result.reason()));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("outcome", result.outcome().id());
        body.put("id", result.caseId());
        if (!result.reason().isEmpty()) {
            body.put("reason", result.reason());
        }
        return switch (result.outcome()) {
            case CREATED -> ResponseEntity.created(URI.create("/api/v1/correspondence/" + result.caseId())).body(body);
            case DUPLICATE -> ResponseEntity.ok(body);
            case REJECTED -> throw new IllegalStateException("handled above");
        };
    }

    @ExceptionHandler(CaseDesk.UnknownCaseException.class)
    ProblemDetail unknown(CaseDesk.UnknownCaseException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "unknown_case", "Unknown case", e.getMessage());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
