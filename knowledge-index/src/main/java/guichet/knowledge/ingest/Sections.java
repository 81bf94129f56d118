package guichet.knowledge.ingest;

import guichet.knowledge.Section;

import java.util.ArrayList;
import java.util.List;

/** Helpers for building section lists. */
final class Sections {

    private Sections() {
    }

    /**
     * Puts a summary in front: merged into the first section when it has no heading, otherwise as a
     * section of its own. A summary already at the start of the text is not repeated.
     */
    static List<Section> withLead(String lead, List<Section> sections) {
        String summary = Texts.normalise(lead);
        if (summary.isEmpty()) {
            return sections;
        }
        List<Section> result = new ArrayList<>(sections);
        if (!result.isEmpty() && result.getFirst().headingPath().isEmpty()) {
            Section first = result.getFirst();
            if (!Texts.normalise(first.text()).startsWith(summary)) {
                result.set(0, new Section(first.headingPath(), first.anchor(), first.url(),
                        summary + "\n\n" + first.text()));
            }
        } else {
            result.addFirst(new Section(List.of(), "", "", summary));
        }
        return result;
    }
}
