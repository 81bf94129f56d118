package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A ministry PDF is made here from the real text of a GOV.UK page (headings in a larger bold font,
 * body text over two pages), then read back from its text layer.
 */
class PdfReaderTest {

    private static final PdfReader READER = new PdfReader();

    @Test
    void readsTheTextLayerIntoSectionsOnLargerFontHeadingsWithPageAnchors() throws IOException {
        byte[] pdf = pdf(List.of(
                new Block(true, "Improve your skills"),
                new Block(false, "You can find free courses to help develop your digital and numeracy skills for work "
                        + "on The Skills Toolkit. Courses range from beginner to advanced level."),
                new Block(true, "More help finding training or apprenticeships"),
                new Block(false, "You can also get help with finding and applying for an apprenticeship. You may have "
                        + "the right to time off work for training.")));

        SourceDocument document = Outcomes.documents(READER.read("career.pdf", pdf, "ministry")).getFirst();

        assertThat(document.title()).isEqualTo("Career skills and training");
        assertThat(document.documentType()).isEqualTo("pdf");
        assertThat(document.language()).isEqualTo("en");
        assertThat(document.sections()).extracting(Section::headingPath).containsExactly(
                List.of("Improve your skills"), List.of("More help finding training or apprenticeships"));
        assertThat(document.sections()).extracting(Section::anchor).containsExactly("page=1", "page=2");
        assertThat(document.sections().getFirst().text()).contains("digital and numeracy skills for work");
    }

    @Test
    void skipsACorruptPdf() throws IOException {
        byte[] pdf = pdf(List.of(new Block(false, "Some text that will be cut off.")));
        byte[] corrupt = Arrays.copyOf(pdf, 60);

        List<ReadOutcome> outcomes = READER.read("broken.pdf", corrupt, "ministry").toList();

        assertThat(Outcomes.skips(outcomes)).singleElement()
                .satisfies(s -> assertThat(s.reason()).startsWith("not a readable PDF"));
    }

    @Test
    void skipsAPdfWithoutTextLayer() throws IOException {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.addPage(new PDPage());
            document.save(out);

            List<ReadOutcome> outcomes = READER.read("scan.pdf", out.toByteArray(), "ministry").toList();

            assertThat(Outcomes.skips(outcomes)).singleElement()
                    .satisfies(s -> assertThat(s.reason()).contains("no text layer").contains("OCR"));
        }
    }

    private record Block(boolean heading, String text) {
    }

    /** One page per heading, body text wrapped at 80 characters. */
    private static byte[] pdf(List<Block> blocks) throws IOException {
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle("Career skills and training");
            PDPageContentStream content = null;
            float y = 0;
            for (Block block : blocks) {
                if (block.heading() || content == null) {
                    if (content != null) {
                        content.close();
                    }
                    PDPage page = new PDPage();
                    document.addPage(page);
                    content = new PDPageContentStream(document, page);
                    y = 720;
                }
                List<String> lines = block.heading() ? List.of(block.text()) : wrap(block.text());
                for (String line : lines) {
                    content.beginText();
                    content.setFont(block.heading() ? bold : regular, block.heading() ? 18 : 11);
                    content.newLineAtOffset(72, y);
                    content.showText(line);
                    content.endText();
                    y -= block.heading() ? 28 : 15;
                }
            }
            content.close();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String text) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() > 80) {
                lines.add(line.toString().strip());
                line.setLength(0);
            }
            line.append(word).append(' ');
        }
        lines.add(line.toString().strip());
        return lines;
    }
}
