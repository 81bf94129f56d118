package guichet.app.desk.web;

import guichet.app.desk.CaseDesk;
import guichet.app.desk.CaseView;
import guichet.app.desk.settings.DeskProperties;
import guichet.app.desk.analysis.Taxonomy;
import guichet.app.desk.send.Replies;
import guichet.app.desk.store.LabelName;
import guichet.app.desk.store.Reply;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.support.RequestContextUtils;

import java.util.List;
import java.util.Locale;

/**
 * The correspondence officer's desk: the queue (urgent first, then oldest), and each case with its
 * summary, labels and why, label history, references, vulnerability signs, the original message
 * (masked) and the draft to edit and approve. Plain forms: it works with the keyboard alone and
 * without JavaScript. Every change is made in the signed-in officer's name.
 */
@Controller
@RequestMapping("/desk")
class DeskPage {

    // A page an officer can scan, and that renders in well under a second while a batch is triaged.
    static final int PAGE_SIZE = 100;
    private static final java.util.Set<String> DONE = java.util.Set.of("label_urgency", "label_category", "label_secondary", "assigned",
            "draft", "sent", "failed", "analysed", "not_analysed");

    private final CaseDesk desk;
    private final Replies replies;
    private final Taxonomy taxonomy;
    private final DeskTexts texts;
    private final DeskProperties properties;

    DeskPage(CaseDesk desk, Replies replies, Taxonomy taxonomy, DeskTexts texts, DeskProperties properties) {
        this.desk = desk;
        this.replies = replies;
        this.taxonomy = taxonomy;
        this.texts = texts;
        this.properties = properties;
    }

    @GetMapping
    String queue(@RequestParam(defaultValue = "false") boolean all, @RequestParam(defaultValue = "1") int page,
                 @AuthenticationPrincipal UserDetails officer, HttpServletRequest request, Model model) {
        common(model, officer, request);
        CaseDesk.QueuePage shown = desk.queuePage(all, page, PAGE_SIZE);
        model.addAttribute("all", all);
        model.addAttribute("queue", shown);
        model.addAttribute("entries", shown.entries());
        return "desk/queue";
    }

    @GetMapping("/cases/{id}")
    String view(@PathVariable String id, @RequestParam(required = false) String done,
                @AuthenticationPrincipal UserDetails officer, HttpServletRequest request, Model model) {
        CaseView view = desk.view(id).orElseThrow(() -> new CaseDesk.UnknownCaseException(id));
        common(model, officer, request);
        model.addAttribute("view", view);
        model.addAttribute("case", view.deskCase());
        model.addAttribute("urgencies", List.of("urgent", "general"));
        model.addAttribute("officers", properties.officers());
        if (done != null && DONE.contains(done)) {
            model.addAttribute("done", "desk.done." + done);
        }
        return "desk/case";
    }

    @PostMapping("/cases/{id}/labels")
    String relabel(@PathVariable String id, @RequestParam String name, @RequestParam String value,
                   @RequestParam(required = false) String note, @AuthenticationPrincipal UserDetails officer,
                   HttpServletRequest request) {
        desk.relabel(id, name, value, note, officer.getUsername());
        return done(id, "label_" + LabelName.of(name).id(), "labels");
    }

    @PostMapping("/cases/{id}/assign")
    String assign(@PathVariable String id, @RequestParam(required = false) String assignee,
                  @AuthenticationPrincipal UserDetails officer, HttpServletRequest request) {
        desk.assign(id, assignee, officer.getUsername());
        return done(id, "assigned", "assign");
    }

    @PostMapping("/cases/{id}/draft")
    String draft(@PathVariable String id, @RequestParam String subject, @RequestParam String text,
                 @RequestParam(defaultValue = "save") String action, @AuthenticationPrincipal UserDetails officer,
                 HttpServletRequest request) {
        desk.editDraft(id, subject, text, officer.getUsername());
        if (!"approve".equals(action)) {
            return done(id, "draft", "draft");
        }
        Reply reply = replies.approveAndSend(id, subject, text, officer.getUsername());
        return done(id, reply.status() == Reply.Status.SENT ? "sent" : "failed", "replies");
    }

    @PostMapping("/cases/{id}/replies/{replyId}/send")
    String resend(@PathVariable String id, @PathVariable String replyId, @AuthenticationPrincipal UserDetails officer,
                  HttpServletRequest request) {
        Reply reply = replies.resend(replyId, officer.getUsername());
        return done(id, reply.status() == Reply.Status.SENT ? "sent" : "failed", "replies");
    }

    @PostMapping("/cases/{id}/analyse")
    String analyse(@PathVariable String id, @AuthenticationPrincipal UserDetails officer, HttpServletRequest request) {
        boolean analysed = desk.analyseAgain(id, officer.getUsername());
        return done(id, analysed ? "analysed" : "not_analysed", "summary");
    }

    @ExceptionHandler(CaseDesk.UnknownCaseException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String unknown(CaseDesk.UnknownCaseException e, HttpServletRequest request, Model model) {
        model.addAttribute("t", texts.in(locale(request)));
        model.addAttribute("problem", e.getMessage());
        return "desk/problem";
    }

    @ExceptionHandler({CaseDesk.InvalidLabelException.class, Replies.ReplyNotAllowedException.class})
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    String refused(RuntimeException e, HttpServletRequest request, Model model) {
        model.addAttribute("t", texts.in(locale(request)));
        model.addAttribute("problem", e.getMessage());
        return "desk/problem";
    }

    private void common(Model model, UserDetails officer, HttpServletRequest request) {
        DeskTexts.Texts t = texts.in(locale(request));
        model.addAttribute("t", t);
        model.addAttribute("officer", officer == null ? "" : officer.getUsername());
        model.addAttribute("categories", taxonomy.categories());
        java.util.Map<String, String> names = new java.util.LinkedHashMap<>();
        taxonomy.categories().forEach(category -> names.put(category.id(), category.name(t.language())));
        names.put(LabelName.NONE, t.get("desk.secondary.none"));
        model.addAttribute("categoryNames", names);
    }

    /** Back to the case, saying what was done (no session: the outcome travels in the address). */
    private static String done(String id, String outcome, String anchor) {
        return "redirect:/desk/cases/" + id + "?done=" + outcome + "#" + anchor;
    }

    private static Locale locale(HttpServletRequest request) {
        Locale locale = RequestContextUtils.getLocale(request);
        return locale == null ? Locale.ENGLISH : locale;
    }
}
