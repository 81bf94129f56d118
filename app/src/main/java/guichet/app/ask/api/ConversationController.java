package guichet.app.ask.api;

import guichet.app.system.settings.ApiProperties;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import guichet.app.ask.Assistant;
import guichet.app.ask.store.ConversationStore.Conversation;
import guichet.app.system.errors.FailureProblems;
import guichet.app.system.security.Caller;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * The citizen assistant over HTTP: start a conversation, ask (answered at once, or streamed as
 * server-sent events), read a conversation back, list one's own, and say whether an answer helped.
 * Every conversation belongs to its caller; anyone else gets 404.
 */
@RestController
@RequestMapping("/api/v1/conversations")
class ConversationController {

    private final Conversations conversations;
    private final AnswerRunner runner;
    private final ApiProperties properties;
    private final FailureProblems failures;
    private final ObjectMapper json;

    ConversationController(Conversations conversations, AnswerRunner runner, ApiProperties properties,
                           FailureProblems failures, ObjectMapper json) {
        this.conversations = conversations;
        this.runner = runner;
        this.properties = properties;
        this.failures = failures;
        this.json = json;
    }

    @PostMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ConversationCreated> start(@Valid @RequestBody(required = false) NewConversation body,
                                              @RequestHeader(value = "Accept-Language", required = false) String acceptLanguage,
                                              @AuthenticationPrincipal Caller caller) {
        String language = body != null && body.language() != null ? body.language() : preferred(acceptLanguage);
        Conversation conversation = conversations.start(caller, language);
        return ResponseEntity.created(URI.create("/api/v1/conversations/" + conversation.id()))
                .body(new ConversationCreated(conversation.id()));
    }

    @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
    ConversationList list(@AuthenticationPrincipal Caller caller) {
        return conversations.list(caller);
    }

    @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    ConversationView get(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        return conversations.view(caller, id);
    }

    /** Asks and waits for the whole answer. */
    @PostMapping(path = "/{id}/messages", produces = MediaType.APPLICATION_JSON_VALUE)
    AnswerView ask(@PathVariable String id, @Valid @RequestBody NewMessage body, @AuthenticationPrincipal Caller caller) {
        Conversation conversation = conversations.require(caller, id);
        return AnswerView.of(runner.answer(conversation.id(), body.message(), conversation.language()));
    }

    /**
     * Asks and streams: {@code event: token} per piece (data: the piece as a JSON string), then one
     * {@code event: answer} with the same object the plain request returns, which is authoritative
     * (a check may have replaced what was streamed). A failure once streaming has begun is an
     * {@code event: error} with a problem object.
     */
    @PostMapping(path = "/{id}/messages", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter askStreaming(@PathVariable String id, @Valid @RequestBody NewMessage body,
                            @AuthenticationPrincipal Caller caller) {
        Conversation conversation = conversations.require(caller, id);
        EventStream stream = new EventStream(properties.streamTimeout());
        CompletableFuture<Assistant.AnswerRecorded> answer = runner.stream(conversation.id(), body.message(),
                conversation.language(), piece -> stream.send(SseEmitter.event().name("token").data(jsonString(piece))));
        stream.finishWhen(answer,
                recorded -> new SseEmitter.SseEventBuilder[] {
                        SseEmitter.event().name("answer").data(AnswerView.of(recorded), MediaType.APPLICATION_JSON)},
                error -> new SseEmitter.SseEventBuilder[] {
                        SseEmitter.event().name("error").data(failures.inStream(error), MediaType.APPLICATION_JSON)});
        return stream.handOver(properties.streamStartWait());
    }

    @PostMapping(path = "/{id}/messages/{messageId}/feedback")
    ResponseEntity<Void> feedback(@PathVariable String id, @PathVariable String messageId,
                                  @Valid @RequestBody FeedbackRequest body, @AuthenticationPrincipal Caller caller) {
        conversations.feedback(caller, id, messageId, body.helpful(), body.comment());
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private String jsonString(String piece) {
        try {
            return json.writeValueAsString(piece);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String preferred(String acceptLanguage) {
        if (acceptLanguage != null) {
            for (Locale.LanguageRange range : parse(acceptLanguage)) {
                String tag = range.getRange().toLowerCase(Locale.ROOT);
                if (tag.startsWith("fr")) {
                    return "fr";
                }
                if (tag.startsWith("en")) {
                    return "en";
                }
            }
        }
        return "en";
    }

    private static java.util.List<Locale.LanguageRange> parse(String header) {
        try {
            return Locale.LanguageRange.parse(header);
        } catch (IllegalArgumentException e) {
            return java.util.List.of();
        }
    }
}
