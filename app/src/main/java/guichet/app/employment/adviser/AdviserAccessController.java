package guichet.app.employment.adviser;

import guichet.app.system.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The citizen's switch for advisers over the API: {@code GET} and {@code PUT /api/v1/me/adviser-access}
 * ({@code {"enabled": true|false}}), and who viewed the record ({@code views}).
 */
@RestController
@RequestMapping(path = "/api/v1/me/adviser-access", produces = MediaType.APPLICATION_JSON_VALUE)
class AdviserAccessController {

    private final AdviserAccess access;
    private final RecordViews views;

    AdviserAccessController(AdviserAccess access, RecordViews views) {
        this.access = access;
        this.views = views;
    }

    record Switch(@NotNull Boolean enabled) {
    }

    record State(boolean enabled, List<RecordViews.View> views) {
    }

    @GetMapping
    State get(@AuthenticationPrincipal Caller caller) {
        return new State(access.shared(caller.owner()), views.of(caller.owner()));
    }

    @PutMapping
    State put(@Valid @RequestBody Switch body, @AuthenticationPrincipal Caller caller) {
        access.set(caller.owner(), body.enabled());
        return get(caller);
    }
}
