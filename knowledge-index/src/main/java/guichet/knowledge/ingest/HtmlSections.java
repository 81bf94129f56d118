package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * Splits an HTML fragment into sections on its headings ({@code h1}–{@code h6}), keeping the heading
 * path and an anchor for each. Tables become one line per row (see {@link Sections#tableLines}), so
 * that cell texts never run together; list items become "- " lines.
 */
public final class HtmlSections {

    /** Where a section's anchor comes from when its heading has no {@code id}. */
    public enum Anchors {
        /** Keep the anchor given for the whole fragment. */
        INHERIT,
        /** Derive one from the heading text (GOV.UK and Markdown renderers do the same). */
        FROM_HEADING_TEXT
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "ul", "ol", "li", "dl",
            "dt", "dd", "table", "thead", "tbody", "tfoot", "tr", "td", "th", "blockquote", "pre", "figure",
            "figcaption", "details", "summary", "aside", "header", "footer", "nav", "h1", "h2", "h3", "h4", "h5", "h6",
            "hr", "form", "fieldset", "address", "caption");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "svg", "button",
            "form", "nav");

    private final List<String> basePath;
    private final String baseAnchor;
    private final String url;
    private final Anchors anchors;
    private final List<Section> sections = new ArrayList<>();
    private final Deque<Heading> headings = new ArrayDeque<>();
    private final StringBuilder text = new StringBuilder();
    private String anchor;

    private record Heading(int level, String text) {
    }

    private HtmlSections(List<String> basePath, String baseAnchor, String url, Anchors anchors) {
        this.basePath = basePath;
        this.baseAnchor = baseAnchor;
        this.url = url;
        this.anchors = anchors;
        this.anchor = baseAnchor;
    }

    /**
     * Splits {@code root}'s content.
     *
     * @param basePath headings above the fragment (a guide part's title, a fiche section's title)
     * @param baseAnchor anchor of the fragment itself ("" if none)
     * @param url the page the fragment lives on, or "" for the document's URL
     */
    public static List<Section> split(Element root, List<String> basePath, String baseAnchor, String url,
                                      Anchors anchors) {
        HtmlSections splitter = new HtmlSections(List.copyOf(basePath), baseAnchor, url, anchors);
        splitter.walkChildren(root);
        splitter.flush();
        return splitter.sections;
    }

    private void walkChildren(Element element) {
        StringBuilder inline = new StringBuilder();
        for (Node child : element.childNodes()) {
            if (child instanceof Element e && (BLOCKS.contains(e.normalName()) || SKIPPED.contains(e.normalName()))) {
                paragraph(inline.toString());
                inline.setLength(0);
                walk(e);
            } else if (child instanceof Element e) {
                inline.append(e.normalName().equals("br") ? " " : e.text());
            } else if (child instanceof TextNode t) {
                inline.append(t.text());
            }
        }
        paragraph(inline.toString());
    }

    private void walk(Element element) {
        String tag = element.normalName();
        if (SKIPPED.contains(tag)) {
            return;
        }
        if (tag.length() == 2 && tag.charAt(0) == 'h' && Character.isDigit(tag.charAt(1))) {
            heading(tag.charAt(1) - '0', element);
        } else if (tag.equals("table")) {
            table(element);
        } else if (tag.equals("li") && !hasBlocks(element)) {
            paragraph("- " + element.text());
        } else if (!hasBlocks(element)) {
            paragraph(element.text());
        } else {
            walkChildren(element);
        }
    }

    private void heading(int level, Element element) {
        String title = Texts.normalise(element.text());
        if (title.isEmpty()) {
            return;
        }
        flush();
        while (!headings.isEmpty() && headings.peekLast().level() >= level) {
            headings.removeLast();
        }
        headings.addLast(new Heading(level, title));
        if (!element.id().isBlank()) {
            anchor = element.id();
        } else if (anchors == Anchors.FROM_HEADING_TEXT) {
            anchor = Texts.slug(title);
        }
    }

    private void table(Element table) {
        List<List<String>> rows = new ArrayList<>();
        for (Element row : table.select("tr")) {
            rows.add(row.select("> th, > td").stream().map(cell -> Texts.normalise(cell.text())).toList());
        }
        Sections.tableLines(rows).forEach(this::paragraph);
        Element caption = table.selectFirst("caption");
        if (caption != null) {
            paragraph(caption.text());
        }
    }

    private static boolean hasBlocks(Element element) {
        for (Element child : element.children()) {
            if (BLOCKS.contains(child.normalName()) || hasBlocks(child)) {
                return true;
            }
        }
        return false;
    }

    private void paragraph(String raw) {
        String value = Texts.normalise(raw);
        if (value.isEmpty() || value.equals("-")) {
            return;
        }
        if (!text.isEmpty()) {
            text.append("\n\n");
        }
        text.append(value);
    }

    private void flush() {
        if (!text.isEmpty()) {
            List<String> path = new ArrayList<>(basePath);
            headings.forEach(h -> path.add(h.text()));
            sections.add(new Section(path, anchor, url, text.toString()));
            text.setLength(0);
        }
        if (headings.isEmpty()) {
            anchor = baseAnchor;
        }
    }
}
