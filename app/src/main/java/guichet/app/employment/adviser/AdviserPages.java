package guichet.app.employment.adviser;

import guichet.app.system.security.Caller;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

import java.util.Locale;

/**
 * The work coach's pages (adviser role only, see the security configuration): the records citizens
 * share with advisers, and one record, each view of which is audited.
 */
@Controller
class AdviserPages {

    private final AdviserRecords records;

    AdviserPages(AdviserRecords records) {
        this.records = records;
    }

    @GetMapping("/adviser")
    String list(Locale locale, Model model) {
        model.addAttribute("language", language(locale));
        model.addAttribute("shared", records.shared());
        return "adviser/list";
    }

    @GetMapping("/adviser/citizens/{reference}")
    String record(@PathVariable String reference, @AuthenticationPrincipal Caller caller, Locale locale, Model model) {
        String language = language(locale);
        model.addAttribute("language", language);
        model.addAttribute("record", records.view(caller.owner(), reference, language)
                .orElseThrow(NotSharedException::new));
        return "adviser/record";
    }

    @ExceptionHandler(NotSharedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notShared(Locale locale, Model model) {
        model.addAttribute("language", language(locale));
        return "adviser/not-shared";
    }

    /** The record is not shared with advisers (or no longer is, or never existed: the same answer). */
    static final class NotSharedException extends RuntimeException {
        NotSharedException() {
            super("not shared", null, false, false);
        }
    }

    private static String language(Locale locale) {
        return locale != null && "fr".equals(locale.getLanguage()) ? "fr" : "en";
    }
}
