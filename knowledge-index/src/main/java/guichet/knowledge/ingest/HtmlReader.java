package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * HTML pages. The charset comes from the byte-order mark or the page's meta tag (UTF-8 otherwise);
 * the text from {@code main}, {@code article} or {@code body} without navigation, headers and
 * footers; the language from {@code <html lang>}, or detected; the URL from the canonical link.
 */
public final class HtmlReader implements DocumentReader {

    public static final String FORMAT = "html";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".html") || fileName.endsWith(".htm") || fileName.endsWith(".xhtml");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
        } catch (IOException e) {
            return Stream.of(ReadOutcome.skipped(source, "unreadable HTML: " + e.getMessage()));
        }
        if (page.text().contains("\uFFFD")) {
            return Stream.of(ReadOutcome.skipped(source, "the page is not in the charset it declares "
                    + "(replacement characters found): fix its meta charset or convert it to UTF-8"));
        }
        page.select("script, style, nav, header, footer, aside, noscript, form").remove();
        Element main = page.selectFirst("main");
        if (main == null) {
            main = page.selectFirst("article");
        }
        if (main == null) {
            main = page.body();
        }
        Element h1 = main.selectFirst("h1");
        String title = !page.title().isBlank() ? Texts.normalise(page.title())
                : h1 != null ? Texts.normalise(h1.text()) : FileDocuments.titleFromName(source);
        List<Section> sections = HtmlSections.split(main, List.of(), "", "", HtmlSections.Anchors.INHERIT);
        if (sections.isEmpty()) {
            return Stream.of(ReadOutcome.skipped(source, "the page has no text"));
        }
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = canonical != null ? canonical.attr("href") : "";
        Element description = page.selectFirst("meta[name=description][content]");
        String all = sections.stream().map(Section::text).collect(Collectors.joining(" "));
        return Stream.of(ReadOutcome.read(new SourceDocument(FileDocuments.id(source), collection, title, url,
                FileDocuments.language(page.selectFirst("html") == null ? null : page.selectFirst("html").attr("lang"),
                        all), "page", null, FileDocuments.LICENCE,
                description == null ? "" : description.attr("content"), sections)));
    }
}
