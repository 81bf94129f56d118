package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * PDF files, from their text layer (PDFBox). Lines set in a clearly larger font than the body text
 * start a new section, with that line as heading; each section's anchor is {@code page=N}, the
 * fragment PDF viewers open at that page. A PDF without a text layer is skipped (OCR it first).
 */
public final class PdfReader implements DocumentReader {

    public static final String FORMAT = "pdf";
    private static final double HEADING_RATIO = 1.15;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".pdf") || head.startsWith("%PDF-");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        try (PDDocument pdf = Loader.loadPDF(content)) {
            LineCollector lines = new LineCollector();
            lines.getText(pdf);
            List<Section> sections = lines.sections();
            if (sections.isEmpty()) {
                return Stream.of(ReadOutcome.skipped(source,
                        "the PDF has no text layer (a scan?): run OCR on it and ingest the result"));
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            String title = info != null && info.getTitle() != null && !info.getTitle().isBlank()
                    ? Texts.normalise(info.getTitle()) : lines.firstHeading().orElse(FileDocuments.titleFromName(source));
            String all = sections.stream().map(Section::text).collect(Collectors.joining(" "));
            String language = pdf.getDocumentCatalog().getLanguage();
            return Stream.of(ReadOutcome.read(new SourceDocument(FileDocuments.id(source), collection, title, "",
                    FileDocuments.language(language, all), "pdf",
                    info == null || info.getModificationDate() == null ? null
                            : info.getModificationDate().toInstant(), FileDocuments.LICENCE, "", sections)));
        } catch (InvalidPasswordException e) {
            return Stream.of(ReadOutcome.skipped(source, "the PDF is password-protected: ingest an unprotected copy"));
        } catch (IOException e) {
            return Stream.of(ReadOutcome.skipped(source, "not a readable PDF (" + e.getMessage() + ")"));
        }
    }

    private record Line(int page, String text, float fontSize) {
    }

    /** Collects the text line by line with each line's font size and page. */
    private static final class LineCollector extends PDFTextStripper {

        private final List<Line> lines = new ArrayList<>();

        LineCollector() throws IOException {
            setSortByPosition(true);
        }

        @Override
        public String getText(PDDocument document) throws IOException {
            writeText(document, new StringWriter());
            return "";
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            String value = Texts.normalise(text);
            if (value.isEmpty()) {
                return;
            }
            float size = 0;
            for (TextPosition position : positions) {
                size = Math.max(size, position.getFontSizeInPt());
            }
            lines.add(new Line(getCurrentPageNo(), value, size));
        }

        java.util.Optional<String> firstHeading() {
            float body = bodySize();
            return lines.stream().filter(l -> isHeading(l, body)).map(Line::text).findFirst();
        }

        List<Section> sections() {
            float body = bodySize();
            List<Section> sections = new ArrayList<>();
            List<String> heading = List.of();
            int page = 1;
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                if (isHeading(line, body)) {
                    add(sections, heading, page, text);
                    heading = List.of(line.text());
                    page = line.page();
                } else {
                    if (text.isEmpty()) {
                        page = heading.isEmpty() ? line.page() : page;
                    }
                    text.append(text.isEmpty() ? "" : " ").append(line.text());
                }
            }
            add(sections, heading, page, text);
            return sections;
        }

        private static void add(List<Section> sections, List<String> heading, int page, StringBuilder text) {
            if (!text.isEmpty()) {
                sections.add(new Section(heading, "page=" + page, text.toString()));
                text.setLength(0);
            }
        }

        private boolean isHeading(Line line, float body) {
            return body > 0 && line.fontSize() >= body * HEADING_RATIO && line.text().length() <= 150
                    && !line.text().endsWith(".");
        }

        /** The font size carrying the most characters. */
        private float bodySize() {
            java.util.Map<Float, Integer> chars = new java.util.HashMap<>();
            lines.forEach(l -> chars.merge(Math.round(l.fontSize() * 2) / 2f, l.text().length(), Integer::sum));
            return chars.entrySet().stream().max(java.util.Map.Entry.comparingByValue())
                    .map(java.util.Map.Entry::getKey).orElse(0f);
        }
    }
}
