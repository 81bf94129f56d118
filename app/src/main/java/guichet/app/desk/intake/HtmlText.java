package guichet.app.desk.intake;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The text of an HTML mail body, with paragraphs and line breaks kept and quoted earlier messages
 * (blockquotes, Gmail and Outlook reply blocks) set apart. Scripts, styles and hidden elements are
 * dropped.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "ul", "ol", "section", "article", "header", "footer", "pre", "hr");
    private static final String QUOTES = "blockquote, div.gmail_quote, div#divRplyFwdMsg, div#appendonsend ~ *, "
            + "div.moz-cite-prefix, div.yahoo_quoted";

    private HtmlText() {
    }

    /** The new text and the quoted text of an HTML body. */
    public static QuotedReplies.Split of(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, head, [hidden], [style*=display:none], [style*=display: none]").remove();
        StringBuilder quoted = new StringBuilder();
        for (Element quote : document.select(QUOTES)) {
            if (quote.parents().stream().noneMatch(parent -> parent.is(QUOTES))) {
                quoted.append(text(quote)).append("\n\n");
            }
        }
        document.select(QUOTES).remove();
        QuotedReplies.Split plain = QuotedReplies.split(text(document.body() == null ? document : document.body()));
        String allQuoted = (plain.quoted() + "\n\n" + quoted).strip();
        return new QuotedReplies.Split(plain.text(), allQuoted);
    }

    static String text(Node root) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    out.append(text.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                    newline(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && BLOCKS.contains(element.normalName()) && !element.normalName().equals("br")) {
                    newline(out);
                }
            }
        }, root);
        return out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n[ \\t]+", "\n").replaceAll("\\n{3,}", "\n\n")
                .strip();
    }

    private static void newline(StringBuilder out) {
        if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
    }
}
