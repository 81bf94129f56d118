package guichet.app.web;

import guichet.app.ask.Assistant;
import guichet.app.ask.api.AnswerRunner;
import guichet.app.ask.api.Conversations;
import guichet.app.ask.api.FeedbackRequest;
import guichet.app.ask.api.UnknownConversationException;
import guichet.app.ask.store.ConversationStore;
import guichet.app.ask.store.ConversationStore.Conversation;
import guichet.app.system.security.Caller;
import guichet.inference.OverloadedException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.util.UriUtils;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * The citizen chat page. It works without JavaScript: the question is a form post, answered here,
 * then the browser is redirected to the conversation (Post/Redirect/Get) with the answer in place.
 * With JavaScript, {@code chat.js} streams the answer from the conversations API instead and asks
 * this controller only for the finished exchange's HTML ({@link #exchange}).
 *
 * <p>The page goes through the same doors as the API: {@link Conversations} (a conversation is
 * shown only to its owner, the signed citizen session; anyone else gets the same "not found" as for
 * an id that does not exist; feedback comments are redacted) and {@link AnswerRunner} (no more
 * answers at once than allowed; one more gets a "busy, try again in n seconds" page).
 */
@Controller
class ChatPage {

    static final int RECENT_CONVERSATIONS = 10;

    private final Conversations conversations;
    private final AnswerRunner runner;
    private final ConversationStore store;
    private final Exchanges exchanges;

    ChatPage(Conversations conversations, AnswerRunner runner, ConversationStore store, Exchanges exchanges) {
        this.conversations = conversations;
        this.runner = runner;
        this.store = store;
        this.exchanges = exchanges;
    }

    @GetMapping("/")
    String start(@AuthenticationPrincipal Caller caller, Model model) {
        model.addAttribute("recent", store.listByOwner(caller.owner(), RECENT_CONVERSATIONS));
        return page(model, null, List.of());
    }

    /** Where the language switch leads from a page re-shown after a post. */
    @GetMapping("/conversations")
    String conversations() {
        return "redirect:/";
    }

    @PostMapping("/conversations")
    String startWith(@RequestParam(defaultValue = "") String message, @AuthenticationPrincipal Caller caller,
                     Locale locale, Model model) {
        if (message.isBlank()) {
            model.addAttribute("recent", store.listByOwner(caller.owner(), RECENT_CONVERSATIONS));
            return blankQuestion(model, null, List.of());
        }
        Conversation conversation = conversations.start(caller, WebConfiguration.language(locale));
        return answer(conversation.id(), message, locale);
    }

    @GetMapping("/conversations/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String thanks,
                @AuthenticationPrincipal Caller caller, Model model) {
        Conversation conversation = conversations.require(caller, id);
        model.addAttribute("thanks", thanks);
        return page(model, conversation.id(), exchanges.of(conversation.id()));
    }

    @PostMapping("/conversations/{id}/messages")
    String ask(@PathVariable String id, @RequestParam(defaultValue = "") String message,
               @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        Conversation conversation = conversations.require(caller, id);
        if (message.isBlank()) {
            return blankQuestion(model, conversation.id(), exchanges.of(conversation.id()));
        }
        return answer(conversation.id(), message, locale);
    }

    @PostMapping("/conversations/{id}/messages/{messageId}/feedback")
    String feedback(@PathVariable String id, @PathVariable String messageId, @RequestParam boolean helpful,
                    @RequestParam(defaultValue = "") String comment, @AuthenticationPrincipal Caller caller) {
        conversations.feedback(caller, id, messageId, helpful, bounded(comment));
        return "redirect:/conversations/" + encode(id) + "?thanks=" + encode(messageId) + "#answer-" + encode(messageId);
    }

    /**
     * One exchange's HTML, for the script to put in place of the answer it streamed: an answer's
     * message id, or {@code last} for the latest.
     */
    @GetMapping("/conversations/{id}/exchanges/{messageId}")
    String exchange(@PathVariable String id, @PathVariable String messageId, @AuthenticationPrincipal Caller caller,
                    Model model) {
        Conversation conversation = conversations.require(caller, id);
        List<Exchanges.Exchange> all = exchanges.of(conversation.id());
        Exchanges.Exchange found = "last".equals(messageId)
                ? (all.isEmpty() ? null : all.getLast())
                : all.stream().filter(e -> e.answer() != null && e.answer().id().equals(messageId)).findFirst().orElse(null);
        if (found == null) {
            throw new UnknownConversationException("There is no answer " + messageId + " in conversation " + id + ".");
        }
        model.addAttribute("conversationId", conversation.id());
        model.addAttribute("exchange", found);
        return "fragments/exchange :: exchange";
    }

    @ExceptionHandler(UnknownConversationException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("problem", "not_found");
        return "problem";
    }

    /** Every answer place is taken: say so, and when to try again. */
    @ExceptionHandler(OverloadedException.class)
    String busy(OverloadedException e, HttpServletResponse response, Model model) {
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        model.addAttribute("problem", "busy");
        model.addAttribute("retryAfter", seconds);
        return "problem";
    }

    private String answer(String conversationId, String message, Locale locale) {
        Assistant.AnswerRecorded recorded = runner.answer(conversationId, message, WebConfiguration.language(locale));
        return "redirect:/conversations/" + encode(conversationId) + "#answer-" + encode(recorded.messageId());
    }

    private String page(Model model, String conversationId, List<Exchanges.Exchange> shown) {
        model.addAttribute("conversationId", conversationId);
        model.addAttribute("exchanges", shown);
        return "chat";
    }

    private String blankQuestion(Model model, String conversationId, List<Exchanges.Exchange> shown) {
        model.addAttribute("questionError", true);
        return page(model, conversationId, shown);
    }

    /**
     * The comment within the API's limit (the form says so too): cut at a space, so that a number is
     * not split into a part the redaction would no longer recognise.
     */
    static String bounded(String comment) {
        if (comment.length() <= FeedbackRequest.MAX_COMMENT) {
            return comment;
        }
        String cut = comment.substring(0, FeedbackRequest.MAX_COMMENT);
        int space = cut.lastIndexOf(' ');
        return space > 0 ? cut.substring(0, space) : "";
    }

    private static String encode(String value) {
        return UriUtils.encodePathSegment(value, StandardCharsets.UTF_8);
    }
}
