package guichet.app.employment.memory;

import guichet.app.employment.account.CitizenRecordExport;
import guichet.app.employment.account.ForgetMe;
import guichet.app.employment.situation.Category;
import guichet.app.system.security.Caller;
import guichet.app.system.security.CitizenSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.NotNull;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The citizen's own record over the API: what Guichet remembers (see, correct, delete, switch a
 * category off, agree or not to be remembered), export everything, and forget me. Always the
 * caller's own record: there is no id of another citizen to ask for.
 */
@RestController
@RequestMapping(path = "/api/v1/me", produces = MediaType.APPLICATION_JSON_VALUE)
class MemoryController {

    private final CitizenMemory memory;
    private final CitizenRecordExport export;
    private final ForgetMe forgetMe;
    private final CitizenSessions sessions;

    MemoryController(CitizenMemory memory, CitizenRecordExport export, ForgetMe forgetMe, CitizenSessions sessions) {
        this.memory = memory;
        this.export = export;
        this.forgetMe = forgetMe;
        this.sessions = sessions;
    }

    /** One remembered item, as the API shows it. */
    record Item(String id, String category, String fact, String value, String sourceMessageId, String conversationId,
                Instant createdAt, boolean corrected) {
        static Item of(MemoryItem item) {
            return new Item(item.id(), item.category().wireName(), item.fact().key(), item.value(),
                    item.sourceMessageId(), item.conversationId(), item.createdAt(), item.corrected());
        }
    }

    record MemoryView(boolean remember, List<Item> items, Map<String, Boolean> categories) {
    }

    record Correction(@NotNull String value) {
    }

    record CategorySwitch(@NotNull Boolean enabled) {
    }

    record Consent(@NotNull Boolean remember) {
    }

    @GetMapping("/memory")
    MemoryView view(@AuthenticationPrincipal Caller caller) {
        String owner = caller.owner();
        Map<String, Boolean> categories = new LinkedHashMap<>();
        memory.categories(owner).forEach((c, on) -> categories.put(c.wireName(), on));
        return new MemoryView(memory.remembers(owner), memory.items(owner).stream().map(Item::of).toList(), categories);
    }

    @PutMapping("/memory/consent")
    MemoryView consent(@RequestBody @jakarta.validation.Valid Consent body, @AuthenticationPrincipal Caller caller) {
        memory.setRemember(caller.owner(), body.remember());
        return view(caller);
    }

    @PatchMapping("/memory/{id}")
    Item correct(@PathVariable String id, @RequestBody @jakarta.validation.Valid Correction body,
                 @AuthenticationPrincipal Caller caller) {
        try {
            if (!memory.correct(caller.owner(), id, body.value())) {
                throw new MemoryProblems.UnknownItemException(id);
            }
        } catch (IllegalArgumentException e) {
            throw new MemoryProblems.InvalidValueException(e.getMessage());
        }
        return memory.items(caller.owner()).stream().filter(i -> i.id().equals(id)).findFirst().map(Item::of)
                .orElseThrow(() -> new MemoryProblems.UnknownItemException(id));
    }

    @DeleteMapping("/memory/{id}")
    ResponseEntity<Void> delete(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        if (!memory.delete(caller.owner(), id)) {
            throw new MemoryProblems.UnknownItemException(id);
        }
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/memory/categories/{name}")
    Map<String, Object> category(@PathVariable String name, @RequestBody @jakarta.validation.Valid CategorySwitch body,
                                 @AuthenticationPrincipal Caller caller) {
        Category category = Category.fromWire(name).orElseThrow(() -> new MemoryProblems.UnknownCategoryException(name));
        int deleted = memory.setCategory(caller.owner(), category, body.enabled());
        return Map.of("category", category.wireName(), "enabled", body.enabled(), "itemsDeleted", deleted);
    }

    @GetMapping("/export")
    ResponseEntity<Map<String, Object>> export(@AuthenticationPrincipal Caller caller) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"guichet-my-data.json\"")
                .body(export.export(caller.owner()));
    }

    /** Forget me: erases the whole record, says what was erased by kind, and signs out. */
    @DeleteMapping
    ResponseEntity<Map<String, Object>> forgetMe(@AuthenticationPrincipal Caller caller, HttpServletRequest request) {
        Map<String, Integer> erased = forgetMe.erase(caller);
        ResponseEntity.BodyBuilder response = ResponseEntity.status(HttpStatus.OK);
        if (caller.isCitizen()) {
            sessions.signOutCookies(request.isSecure()).forEach(c -> response.header(HttpHeaders.SET_COOKIE, c.toString()));
        }
        return response.body(Map.of("erased", erased));
    }
}
