package guichet.knowledge;

import java.util.List;
import java.util.Objects;

/**
 * One headed part of a source document.
 *
 * @param headingPath the headings above this text, outermost first (empty for text before any heading)
 * @param anchor the URL fragment that leads to this section, without '#'; "" if there is none
 * @param url the page this section lives on when it differs from the document's (GOV.UK guide parts);
 *            "" to use the document's URL
 * @param text plain text, paragraphs separated by blank lines
 */
public record Section(List<String> headingPath, String anchor, String url, String text) {

    public Section {
        headingPath = List.copyOf(Objects.requireNonNull(headingPath, "headingPath"));
        anchor = anchor == null ? "" : anchor;
        url = url == null ? "" : url;
        text = Objects.requireNonNull(text, "text");
    }

    public Section(List<String> headingPath, String anchor, String text) {
        this(headingPath, anchor, "", text);
    }
}
