package guichet.knowledge.ingest;

import guichet.knowledge.Section;

import java.util.ArrayList;
import java.util.List;

/** Helpers for building section lists and the lines of their text. */
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

    /**
     * A table's rows, one line each: the cells in order, separated by " | ". An empty cell keeps its
     * place (a header with an empty corner reads "| 21 and over | 18 to 20", a row with a blank
     * "a | | c"), so that the n-th cell of every row stays under the n-th cell of the header. Only
     * columns empty in every row are left out, at the end; rows without any text are left out.
     */
    static List<String> tableLines(List<List<String>> rows) {
        int width = 0;
        for (List<String> row : rows) {
            for (int i = row.size() - 1; i >= width; i--) {
                if (!row.get(i).isBlank()) {
                    width = i + 1;
                    break;
                }
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> cells = row.subList(0, Math.min(width, row.size()));
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                lines.add(String.join(" | ", cells));
            }
        }
        return lines;
    }
}
