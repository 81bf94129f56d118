package guichet.knowledge.ingest;

import guichet.knowledge.UnknownFormatException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * The readers by format name, and the walk over a file or folder: each file goes to the reader
 * named by {@code --format}, or to the first whose sniff accepts it. Gzip-compressed files
 * ({@code .gz}) are read through.
 */
public final class Readers {

    private final Map<String, DocumentReader> readers = new LinkedHashMap<>();

    public Readers(List<DocumentReader> readers) {
        readers.forEach(r -> this.readers.put(r.format(), r));
    }

    /** Every built-in format, most specific sniff first. */
    public static Readers defaults() {
        return new Readers(List.of(new GovukJsonReader(), new TravailEmploiJsonReader(), new ServicePublicJsonReader(),
                new ServicePublicXmlReader(), new MarkdownReader(), new HtmlReader(), new PdfReader(),
                new TextReader()));
    }

    public List<String> formats() {
        return List.copyOf(readers.keySet());
    }

    /** @throws UnknownFormatException when no reader has that name */
    public DocumentReader forFormat(String format) {
        DocumentReader reader = readers.get(format.strip().toLowerCase(Locale.ROOT));
        if (reader == null) {
            throw new UnknownFormatException(format, readers.keySet());
        }
        return reader;
    }

    /** The reader whose sniff accepts this file first, if any. */
    public Optional<DocumentReader> sniff(String fileName, byte[] content) {
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        String head = new String(content, 0, Math.min(content.length, 65_536), StandardCharsets.UTF_8);
        for (DocumentReader reader : readers.values()) {
            if (reader.sniff(name, head)) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /**
     * Reads a file, or every file under a folder (sorted, hidden files left out), lazily.
     *
     * @param format a format name, or null to sniff each file
     * @throws UnknownFormatException when the format is named but unknown
     */
    public Stream<ReadOutcome> read(Path fileOrFolder, String format, String collection) {
        return files(fileOrFolder, format, collection).flatMap(file -> file.outcomes().get());
    }

    /**
     * The files of {@link #read}, each with its fingerprint and still unparsed, so that an ingest can
     * leave out the files it already took whole.
     *
     * @param format a format name, or null to sniff each file
     * @throws UnknownFormatException when the format is named but unknown
     */
    public Stream<SourceFile> files(Path fileOrFolder, String format, String collection) {
        return files(fileOrFolder, format, collection, null);
    }

    /**
     * The files of {@link #read}, as {@link #files(Path, String, String)} lists them, where a document
     * that names no address of its own (a ministry's Markdown, PDF or text file) is given
     * {@code baseUrl} followed by its path under the ingested folder, so its sections can be linked.
     *
     * @param baseUrl where the folder's files are published, or null to leave them without an address
     */
    public Stream<SourceFile> files(Path fileOrFolder, String format, String collection, String baseUrl) {
        DocumentReader named = format == null || format.isBlank() ? null : forFormat(format);
        if (!Files.exists(fileOrFolder)) {
            return Stream.of(problem(fileOrFolder, collection, "no such file or folder"));
        }
        List<Path> files = new ArrayList<>();
        Path root = Files.isDirectory(fileOrFolder) ? fileOrFolder : fileOrFolder.getParent();
        if (Files.isDirectory(fileOrFolder)) {
            try (Stream<Path> walk = Files.walk(fileOrFolder)) {
                walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                return Stream.of(problem(fileOrFolder, collection, "cannot list the folder: " + e.getMessage()));
            }
        } else {
            files.add(fileOrFolder);
        }
        return files.stream().map(file -> {
            String source = root == null ? file.getFileName().toString() : root.relativize(file).toString();
            String fingerprint = SourceFingerprint.of(file, named, collection);
            return new SourceFile(source, collection, fingerprint == null || baseUrl == null ? fingerprint
                    : fingerprint + " at " + baseUrl, () -> published(readFile(file, source, named, collection), baseUrl));
        });
    }

    /**
     * One file whose bytes are already in memory (a member of an archive), as {@link #files} gives a file on disk:
     * equal bytes under the same name give the same fingerprint, so an archive and the folder it unpacks to are the
     * same files to an ingest.
     *
     * @param source the file's name, as {@link #files} would name it
     * @param format a format name, or null to sniff it
     * @throws UnknownFormatException when the format is named but unknown
     */
    public SourceFile file(String source, byte[] content, String format, String collection) {
        DocumentReader named = format == null || format.isBlank() ? null : forFormat(format);
        return new SourceFile(source, collection, SourceFingerprint.of(content, named, collection),
                () -> readContent(source, content, named, collection));
    }

    private static Stream<ReadOutcome> published(Stream<ReadOutcome> outcomes, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            return outcomes;
        }
        String base = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        return outcomes.map(outcome -> outcome instanceof ReadOutcome.Read read && read.document().url().isEmpty()
                ? ReadOutcome.read(read.document().withUrl(base + pathOf(read.document().documentId())))
                : outcome);
    }

    /** A file's id ("guides/aide au retour.md") as a URL path, each segment percent-encoded. */
    private static String pathOf(String id) {
        return java.util.Arrays.stream(id.split("/"))
                .map(segment -> java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"))
                .collect(java.util.stream.Collectors.joining("/"));
    }

    private static SourceFile problem(Path path, String collection, String reason) {
        return SourceFile.unfingerprinted(path.toString(), collection,
                Stream.of(ReadOutcome.skipped(path.toString(), reason)));
    }

    private Stream<ReadOutcome> readFile(Path file, String source, DocumentReader named, String collection) {
        try {
            return readContent(source, Files.readAllBytes(file), named, collection);
        } catch (IOException e) {
            return Stream.of(ReadOutcome.skipped(source, "cannot read the file: " + e.getMessage()));
        }
    }

    private Stream<ReadOutcome> readContent(String source, byte[] content, DocumentReader named, String collection) {
        try {
            if (source.toLowerCase(Locale.ROOT).endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(content))) {
                    content = in.readAllBytes();
                }
                source = source.substring(0, source.length() - 3);
            }
        } catch (IOException e) {
            return Stream.of(ReadOutcome.skipped(source, "cannot read the file: " + e.getMessage()));
        }
        DocumentReader reader = named != null ? named : sniff(source, content).orElse(null);
        if (reader == null) {
            return Stream.of(ReadOutcome.skipped(source, "unrecognised format: name it with --format ("
                    + String.join(", ", readers.keySet()) + ")"));
        }
        return reader.read(source, content, collection);
    }
}
