package guichet.knowledge.ingest;

import guichet.knowledge.Section;
import guichet.knowledge.SourceDocument;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Plain UTF-8 text: the first line is the title, blank lines separate paragraphs. */
public final class TextReader implements DocumentReader {

    public static final String FORMAT = "text";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public boolean sniff(String fileName, String head) {
        return fileName.endsWith(".txt");
    }

    @Override
    public Stream<ReadOutcome> read(String source, byte[] content, String collection) {
        String text;
        try {
            text = Texts.utf8(content);
        } catch (Texts.NotUtf8Exception e) {
            return Stream.of(ReadOutcome.skipped(source, e.getMessage()));
        }
        List<String> paragraphs = new ArrayList<>();
        for (String block : text.split("\\R\\s*\\R")) {
            String value = Texts.normalise(block);
            if (!value.isEmpty()) {
                paragraphs.add(value);
            }
        }
        if (paragraphs.isEmpty()) {
            return Stream.of(ReadOutcome.skipped(source, "the file has no text"));
        }
        String firstLine = text.strip().lines().findFirst().orElse("").strip();
        String title = firstLine.length() <= 150 ? firstLine : FileDocuments.titleFromName(source);
        String body = String.join("\n\n", paragraphs);
        return Stream.of(ReadOutcome.read(new SourceDocument(FileDocuments.id(source), collection, title, "",
                FileDocuments.language(null, body), "document", null, FileDocuments.LICENCE, "",
                List.of(new Section(List.of(), "", body)))));
    }
}
