package guichet.app.employment.agent;

import guichet.app.employment.summary.JourneySummary;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.ask.api.UnknownConversationException;
import guichet.app.ask.store.ConversationStore;
import guichet.app.employment.actions.Actions;
import guichet.app.employment.plan.Plans;
import guichet.app.system.errors.Problems;
import guichet.app.system.security.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * The employment journey over HTTP: start a journey (greeted with where one stands when coming
 * back), send messages, confirm or cancel a proposal explicitly, see and tick off one's plans.
 */
@RestController
class JourneyController {

    private final ConversationStore conversations;
    private final JourneyAgent agent;
    private final JourneySummary summary;
    private final Actions actions;
    private final Plans plans;
    private final EmploymentTexts texts;

    JourneyController(ConversationStore conversations, JourneyAgent agent, JourneySummary summary, Actions actions,
                      Plans plans, EmploymentTexts texts) {
        this.conversations = conversations;
        this.agent = agent;
        this.summary = summary;
        this.actions = actions;
        this.plans = plans;
        this.texts = texts;
    }

    record NewJourney(String language) {
    }

    record JourneyStarted(String conversationId, String greeting, boolean returning) {
    }

    record JourneyMessage(@NotBlank @Size(max = 4000) String message) {
    }

    record StepDone(@NotNull Boolean done) {
    }

    @PostMapping(path = "/api/v1/journeys", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JourneyStarted> start(@RequestBody(required = false) NewJourney body, @AuthenticationPrincipal Caller caller) {
        String language = body != null && "fr".equals(body.language()) ? "fr" : "en";
        ConversationStore.Conversation conversation = conversations.create(caller.owner(), language);
        var greeting = summary.greeting(caller.owner(), language);
        return ResponseEntity.created(URI.create("/api/v1/journeys/" + conversation.id()))
                .body(new JourneyStarted(conversation.id(), greeting.orElse(texts.text("journey.greeting.new", language)),
                        greeting.isPresent()));
    }

    @PostMapping(path = "/api/v1/journeys/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    JourneyTurn message(@PathVariable String id, @Valid @RequestBody JourneyMessage body,
                        @AuthenticationPrincipal Caller caller) {
        ConversationStore.Conversation conversation = owned(caller, id);
        return agent.turn(caller.owner(), conversation.id(), body.message(), conversation.language());
    }

    /** The explicit confirmation of a proposal (the page's button): the only other way one is recorded. */
    @PostMapping(path = "/api/v1/journeys/actions/{actionId}/confirm", produces = MediaType.APPLICATION_JSON_VALUE)
    Actions.Action confirm(@PathVariable String actionId, @AuthenticationPrincipal Caller caller) {
        return actions.confirm(caller.owner(), actionId).orElseThrow(() -> noProposal(actionId));
    }

    @PostMapping(path = "/api/v1/journeys/actions/{actionId}/cancel", produces = MediaType.APPLICATION_JSON_VALUE)
    Actions.Action cancel(@PathVariable String actionId, @AuthenticationPrincipal Caller caller) {
        return actions.cancel(caller.owner(), actionId).orElseThrow(() -> noProposal(actionId));
    }

    @GetMapping(path = "/api/v1/me/actions", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Actions.Action> myActions(@AuthenticationPrincipal Caller caller) {
        return actions.list(caller.owner());
    }

    @GetMapping(path = "/api/v1/me/plans", produces = MediaType.APPLICATION_JSON_VALUE)
    List<Plans.Plan> myPlans(@AuthenticationPrincipal Caller caller) {
        return plans.plans(caller.owner());
    }

    /** Ticks a step (1-based, as shown) of one of the citizen's plans. */
    @PutMapping(path = "/api/v1/me/plans/{procedure}/steps/{step}", produces = MediaType.APPLICATION_JSON_VALUE)
    Plans.Plan step(@PathVariable String procedure, @PathVariable int step, @Valid @RequestBody StepDone body,
                    @AuthenticationPrincipal Caller caller) {
        if (!plans.mark(caller.owner(), procedure, step - 1, body.done())) {
            throw new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_plan_step",
                    "Unknown plan step", "You have no step " + step + " in a plan " + procedure + "."), null);
        }
        return plans.plan(caller.owner(), procedure).orElseThrow();
    }

    private ConversationStore.Conversation owned(Caller caller, String id) {
        return conversations.find(id).filter(c -> c.owner().equals(caller.owner()))
                .orElseThrow(() -> new UnknownConversationException("There is no journey " + id + " for you."));
    }

    private static ErrorResponseException noProposal(String id) {
        return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.of(HttpStatus.NOT_FOUND, "unknown_proposal",
                "Unknown proposal", "You have no proposal " + id + " waiting for confirmation."), null);
    }

    static Map<String, Object> none() {
        return Map.of();
    }
}
