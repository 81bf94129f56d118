package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Markdown files (CommonMark with GitHub tables), split on their headings. Abbreviation definitions
 * ({@code *[DWP]: Department for Work and Pensions}, used by GOV.UK) are dropped.
 */
public final class MarkdownReader implements DocumentReader {

    public static final String FORMAT = "markdown";
    static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Pattern ABBREVIATION = Pattern.compile("\\*\\[[^\\]\\n]{1,60}\\]:[^\\n*]*");

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".md") || fileName.endsWith(".markdown");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        String markdown;
        try {
            markdown = Texts.utf8(content);
        } catch (Texts.NotUtf8Exception e) {
            return Stream.of(ReadOutcome.skipped(source, e.getMessage()));
        }
        Element body = html(markdown);
        Element h1 = body.selectFirst("h1");
        String title = h1 != null ? Texts.normalise(h1.text()) : FileDocuments.titleFromName(source);
        List<Section> sections = HtmlSections.split(body, List.of(), "", "", HtmlSections.Anchors.FROM_HEADING_TEXT);
        if (h1 != null) {
            sections = sections.stream().map(s -> s.headingPath().isEmpty() || !s.headingPath().getFirst().equals(title)
                    ? s : new Section(s.headingPath().subList(1, s.headingPath().size()),
                    s.headingPath().size() == 1 ? "" : s.anchor(), s.url(), s.text())).toList();
        }
        if (sections.isEmpty()) {
            return Stream.of(ReadOutcome.skipped(source, "the file has no text"));
        }
        String all = sections.stream().map(Section::text).collect(Collectors.joining(" "));
        return Stream.of(ReadOutcome.read(new SourceDocument(FileDocuments.id(source), collection, title, "",
                FileDocuments.language(null, all), "document", null, FileDocuments.LICENCE, "", sections)));
    }

    /** Markdown body split on its headings, anchors derived from heading text. */
    static List<Section> sections(String markdown, List<String> basePath, String url) {
        return HtmlSections.split(html(markdown), basePath, "", url, HtmlSections.Anchors.FROM_HEADING_TEXT);
    }

    /** Drops GOV.UK abbreviation definitions ({@code *[DWP]: Department for Work and Pensions}). */
    static String withoutAbbreviations(String text) {
        return ABBREVIATION.matcher(text).replaceAll("");
    }

    private static Element html(String markdown) {
        String cleaned = MarkdownTables.withCellsInPlace(withoutAbbreviations(markdown));
        return Jsoup.parseBodyFragment(RENDERER.render(PARSER.parse(cleaned))).body();
    }
}
