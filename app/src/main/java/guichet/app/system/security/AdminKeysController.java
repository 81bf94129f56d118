package guichet.app.system.security;

import com.fasterxml.jackson.annotation.JsonProperty;
import guichet.app.system.errors.Problems;
import guichet.app.system.usage.Quota;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * API keys managed while Guichet runs ({@code /api/v1/admin/keys}, admin keys only): what
 * {@code guichet keys} does, for operators' tools and for the command itself when a server holds the database.
 */
@RestController
@RequestMapping(path = "/api/v1/admin/keys", produces = MediaType.APPLICATION_JSON_VALUE)
class AdminKeysController {

    private final ApiKeys keys;

    AdminKeysController(ApiKeys keys) {
        this.keys = keys;
    }

    record NewKey(@NotNull String name, Boolean admin, @JsonProperty("assistant_only") Boolean assistantOnly,
                  @JsonProperty("requests_per_minute") @Min(0) Long requestsPerMinute,
                  @JsonProperty("requests_per_day") @Min(0) Long requestsPerDay,
                  @JsonProperty("tokens_per_minute") @Min(0) Long tokensPerMinute,
                  @JsonProperty("tokens_per_day") @Min(0) Long tokensPerDay) {

        Quota quota() {
            return new Quota(requestsPerMinute, requestsPerDay, tokensPerMinute, tokensPerDay);
        }
    }

    @GetMapping
    Map<String, List<Map<String, Object>>> list() {
        return Map.of("keys", keys.list().stream().map(KeysCommand::row).toList());
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Object>> create(@RequestBody @Valid NewKey body, @AuthenticationPrincipal Caller caller) {
        ApiKeys.IssuedKey issued;
        try {
            issued = keys.create(body.name(), Boolean.TRUE.equals(body.admin()), Boolean.TRUE.equals(body.assistantOnly()),
                    body.quota(), actor(caller));
        } catch (IllegalArgumentException e) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST,
                    Problems.of(HttpStatus.BAD_REQUEST, "invalid_key_name", "Invalid key name", e.getMessage()), e);
        }
        Map<String, Object> row = KeysCommand.row(issued.key());
        row.put("key", issued.token());
        return ResponseEntity.status(HttpStatus.CREATED).body(row);
    }

    @PostMapping("/{id}/revoke")
    Map<String, Object> revoke(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        if (!keys.revoke(id, actor(caller))) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_key",
                    "Unknown API key", "No valid API key has the id " + id + "."), null);
        }
        return Map.of("id", id, "revoked", true);
    }

    /** "key:<id>" of the admin key that asked, or the local operator. */
    private static String actor(Caller caller) {
        return caller == null ? "operator" : LocalOperator.ID.equals(caller.id()) ? "operator" : "key:" + caller.id();
    }
}
