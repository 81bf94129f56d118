package guichet.app.knowledge.corpus;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Predicate;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The files of a pack as they arrived: a zip (DILA's archive), a gzipped tar (an npm package) or a folder someone
 * unpacked. Members are read one at a time as they are needed, never unpacked to disk.
 */
final class PackArchive {

    /** Far above any fiche (the largest are about 1 MB): a bigger member is a damaged or hostile archive. */
    static final long MAX_MEMBER_BYTES = 64L << 20;

    /** One file of the archive, with its bytes. */
    record Member(String path, byte[] content) {
    }

    private enum Kind { ZIP, TAR_GZ, FOLDER }

    private final Path path;
    private final Kind kind;

    private PackArchive(Path path, Kind kind) {
        this.path = path;
        this.kind = kind;
    }

    /**
     * Opens a zip, a gzipped tar or a folder, recognised by content rather than by name.
     *
     * @throws BadArchiveException when it is none of them
     */
    static PackArchive open(Path path) {
        if (Files.isDirectory(path)) {
            return new PackArchive(path, Kind.FOLDER);
        }
        if (!Files.isRegularFile(path)) {
            throw new BadArchiveException(path, "there is no such file or folder");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(4);
        } catch (IOException e) {
            throw new BadArchiveException(path, "it cannot be read (" + e.getMessage() + ")", e);
        }
        if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return new PackArchive(path, Kind.ZIP);
        }
        if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return new PackArchive(path, Kind.TAR_GZ);
        }
        throw new BadArchiveException(path, "it is neither a zip nor a gzipped tar (.tgz)");
    }

    Path path() {
        return path;
    }

    /**
     * Every file's path, reading the whole archive once, so that a truncated or damaged one fails here, before
     * anything is ingested.
     *
     * @throws BadArchiveException when it cannot be read to the end
     */
    List<String> paths() {
        List<String> paths = new ArrayList<>();
        try {
            switch (kind) {
                case ZIP -> {
                    // Read through, not just listed: each member's CRC is checked only as it is read.
                    try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(path),
                            1 << 16))) {
                        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                            zip.transferTo(OutputStream.nullOutputStream());
                            if (!entry.isDirectory()) {
                                paths.add(entry.getName());
                            }
                        }
                    }
                    if (paths.isEmpty()) {
                        // A file that only starts like a zip gives the stream no entry; ZipFile says what is wrong.
                        new ZipFile(path.toFile()).close();
                    }
                }
                case TAR_GZ -> {
                    try (TarEntries tar = tar()) {
                        for (TarEntries.Entry entry = tar.next(); entry != null; entry = tar.next()) {
                            paths.add(entry.path());
                        }
                    }
                }
                case FOLDER -> {
                    try (Stream<Path> files = Files.walk(path)) {
                        files.filter(Files::isRegularFile).sorted()
                                .forEach(f -> paths.add(path.relativize(f).toString().replace('\\', '/')));
                    }
                }
            }
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e);
        }
        return paths;
    }

    /**
     * The files whose path {@code wanted} accepts, in archive order, read one at a time as the stream is consumed.
     * Close the stream.
     *
     * @throws BadArchiveException (while the stream is consumed) when a member cannot be read
     */
    Stream<Member> members(Predicate<String> wanted) {
        try {
            Reader reader = switch (kind) {
                case ZIP -> new ZipReader(new ZipFile(path.toFile()), wanted);
                case TAR_GZ -> new TarReader(tar(), wanted);
                case FOLDER -> new FolderReader(path, paths().stream().filter(wanted).toList());
            };
            Iterator<Member> iterator = new Iterator<>() {
                private Member next;

                @Override
                public boolean hasNext() {
                    if (next == null) {
                        try {
                            next = reader.next();
                        } catch (IOException e) {
                            throw unreadable(e);
                        }
                    }
                    return next != null;
                }

                @Override
                public Member next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    Member member = next;
                    next = null;
                    return member;
                }
            };
            return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED), false)
                    .onClose(() -> {
                        try {
                            reader.close();
                        } catch (IOException e) {
                            // Only read from: nothing is lost.
                        }
                    });
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    private TarEntries tar() throws IOException {
        return new TarEntries(new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16), 1 << 16));
    }

    private BadArchiveException unreadable(Exception e) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        String reason = cause instanceof ZipException || cause instanceof java.io.EOFException
                ? "it is damaged or cut short (" + cause.getMessage() + ")"
                : "it cannot be read (" + cause.getMessage() + ")";
        return new BadArchiveException(path, reason, cause);
    }

    /** Reads the wanted members of one kind of archive in turn. */
    private interface Reader extends java.io.Closeable {
        /** The next wanted member, or null at the end. */
        Member next() throws IOException;
    }

    private record ZipReader(ZipFile zip, Enumeration<? extends ZipEntry> entries, Predicate<String> wanted)
            implements Reader {

        ZipReader(ZipFile zip, Predicate<String> wanted) {
            this(zip, zip.entries(), wanted);
        }

        @Override
        public Member next() throws IOException {
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!entry.isDirectory() && wanted.test(entry.getName())) {
                    try (InputStream in = zip.getInputStream(entry)) {
                        return new Member(entry.getName(), bounded(in));
                    }
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }
    }

    private record TarReader(TarEntries tar, Predicate<String> wanted) implements Reader {

        @Override
        public Member next() throws IOException {
            for (TarEntries.Entry entry = tar.next(); entry != null; entry = tar.next()) {
                if (wanted.test(entry.path())) {
                    return new Member(entry.path(), tar.content(MAX_MEMBER_BYTES));
                }
            }
            return null;
        }

        @Override
        public void close() throws IOException {
            tar.close();
        }
    }

    private static final class FolderReader implements Reader {
        private final Path root;
        private final Iterator<String> paths;

        FolderReader(Path root, List<String> paths) {
            this.root = root;
            this.paths = paths.iterator();
        }

        @Override
        public Member next() throws IOException {
            if (!paths.hasNext()) {
                return null;
            }
            String relative = paths.next();
            Path file = root.resolve(relative);
            if (Files.size(file) > MAX_MEMBER_BYTES) {
                throw new IOException(relative + " is larger than any fiche");
            }
            return new Member(relative, Files.readAllBytes(file));
        }

        @Override
        public void close() {
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) MAX_MEMBER_BYTES + 1);
        if (data.length > MAX_MEMBER_BYTES) {
            throw new IOException("a member is larger than any fiche (" + MAX_MEMBER_BYTES + " bytes at most)");
        }
        return data;
    }
}
