package guichet.app.employment.agent;

import guichet.app.employment.summary.JourneySummary;
import guichet.app.employment.texts.EmploymentTexts;
import guichet.app.ask.store.ConversationStore;
import guichet.app.employment.account.ForgetMe;
import guichet.app.employment.adviser.AdviserAccess;
import guichet.app.employment.adviser.RecordViews;
import guichet.app.employment.memory.CitizenMemory;
import guichet.app.employment.memory.MemoryItem;
import guichet.app.employment.situation.Category;
import guichet.app.system.security.Caller;
import guichet.app.system.security.CitizenSessions;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The journey page and the "What Guichet remembers" page, without JavaScript: forms post, the
 * server acts through the same services as the API, and redirects back (Post/Redirect/Get).
 */
@Controller
class JourneyPages {

    private final ConversationStore conversations;
    private final JourneyAgent agent;
    private final JourneySummary summary;
    private final CitizenMemory memory;
    private final ForgetMe forgetMe;
    private final CitizenSessions sessions;
    private final EmploymentTexts texts;
    private final AdviserAccess adviserAccess;
    private final RecordViews recordViews;

    JourneyPages(ConversationStore conversations, JourneyAgent agent, JourneySummary summary, CitizenMemory memory,
                 ForgetMe forgetMe, CitizenSessions sessions, EmploymentTexts texts, AdviserAccess adviserAccess,
                 RecordViews recordViews) {
        this.conversations = conversations;
        this.agent = agent;
        this.summary = summary;
        this.memory = memory;
        this.forgetMe = forgetMe;
        this.sessions = sessions;
        this.texts = texts;
        this.adviserAccess = adviserAccess;
        this.recordViews = recordViews;
    }

    @GetMapping("/employment")
    String journey(@RequestParam(required = false) String conversation, @AuthenticationPrincipal Caller caller,
                   Locale locale, Model model) {
        String language = language(locale);
        var owned = conversation == null ? java.util.Optional.<ConversationStore.Conversation>empty()
                : conversations.find(conversation).filter(c -> c.owner().equals(caller.owner()));
        model.addAttribute("language", language);
        model.addAttribute("signedIn", caller.kind() == Caller.Kind.ACCOUNT);
        model.addAttribute("remembers", memory.remembers(caller.owner()));
        model.addAttribute("conversationId", owned.map(ConversationStore.Conversation::id).orElse(""));
        model.addAttribute("messages", owned.map(c -> conversations.messages(c.id())).orElse(List.of()));
        model.addAttribute("greeting", summary.greeting(caller.owner(), language)
                .orElse(texts.text("journey.greeting.new", language)));
        return "employment/journey";
    }

    @PostMapping("/employment/messages")
    String message(@RequestParam(defaultValue = "") String conversation, @RequestParam(defaultValue = "") String message,
                   @AuthenticationPrincipal Caller caller, Locale locale) {
        String language = language(locale);
        String id = conversations.find(conversation).filter(c -> c.owner().equals(caller.owner()))
                .map(ConversationStore.Conversation::id)
                .orElseGet(() -> conversations.create(caller.owner(), language).id());
        if (!message.isBlank()) {
            agent.turn(caller.owner(), id, message.length() > 4000 ? message.substring(0, 4000) : message, language);
        }
        return "redirect:/employment?conversation=" + id;
    }

    @PostMapping("/employment/consent")
    String consent(@RequestParam boolean remember, @RequestParam(defaultValue = "") String back,
                   @AuthenticationPrincipal Caller caller) {
        memory.setRemember(caller.owner(), remember);
        return "memory".equals(back) ? "redirect:/employment/memory" : "redirect:/employment";
    }

    @GetMapping("/employment/memory")
    String memoryPage(@AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        List<MemoryItem> items = memory.items(caller.owner());
        Map<String, String> sources = new HashMap<>();
        for (MemoryItem item : items) {
            sources.put(item.id(), item.conversationId() == null ? "" : conversations.messages(item.conversationId()).stream()
                    .filter(m -> m.id().equals(item.sourceMessageId())).map(m -> abbreviate(m.text())).findFirst().orElse(""));
        }
        model.addAttribute("language", language(locale));
        model.addAttribute("remembers", memory.remembers(caller.owner()));
        model.addAttribute("items", items);
        model.addAttribute("sources", sources);
        model.addAttribute("categories", memory.categories(caller.owner()).entrySet());
        model.addAttribute("adviserAccess", adviserAccess.shared(caller.owner()));
        model.addAttribute("recordViews", recordViews.of(caller.owner()));
        return "employment/memory";
    }

    /** The citizen lets advisers see their record, or stops it. */
    @PostMapping("/employment/adviser-access")
    String adviserAccess(@RequestParam boolean enabled, @AuthenticationPrincipal Caller caller) {
        adviserAccess.set(caller.owner(), enabled);
        return "redirect:/employment/memory#advisers";
    }

    @PostMapping("/employment/memory/{id}")
    String correct(@PathVariable String id, @RequestParam String value, @AuthenticationPrincipal Caller caller) {
        try {
            memory.correct(caller.owner(), id, value);
        } catch (IllegalArgumentException e) {
            // the value stays as it was; the page shows it
        }
        return "redirect:/employment/memory#item-" + id;
    }

    @PostMapping("/employment/memory/{id}/delete")
    String delete(@PathVariable String id, @AuthenticationPrincipal Caller caller) {
        memory.delete(caller.owner(), id);
        return "redirect:/employment/memory";
    }

    @PostMapping("/employment/memory/categories/{name}")
    String category(@PathVariable String name, @RequestParam boolean enabled, @AuthenticationPrincipal Caller caller) {
        Category.fromWire(name).ifPresent(c -> memory.setCategory(caller.owner(), c, enabled));
        return "redirect:/employment/memory";
    }

    @PostMapping("/employment/forget-me")
    String forget(@RequestParam(defaultValue = "false") boolean confirm, @AuthenticationPrincipal Caller caller,
                  HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        if (!confirm) {
            return "redirect:/employment/memory";
        }
        redirect.addFlashAttribute("erased", forgetMe.erase(caller));
        sessions.signOutCookies(request.isSecure()).forEach(c -> response.addHeader(HttpHeaders.SET_COOKIE, c.toString()));
        return "redirect:/employment/memory";
    }

    private static String language(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 57) + "…" : text;
    }
}
