package guichet.app.transparency;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public transparency record: a page at {@code /transparency} and JSON at {@code /api/v1/transparency}. */
@Controller
class TransparencyController {

    private final TransparencyRecords records;

    TransparencyController(TransparencyRecords records) {
        this.records = records;
    }

    @GetMapping("/transparency")
    String page(Model model) {
        model.addAttribute("record", records.current());
        return "transparency";
    }

    @GetMapping(path = "/api/v1/transparency", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<String> json() {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(TransparencyJson.of(records.current()));
    }
}
