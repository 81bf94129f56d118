package guichet.app.desk.intake;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Messages from files: one {@code .eml} message per file, or an mbox (messages separated by
 * {@code From } lines, {@code >From } unescaped), or a folder of either. Messages are handed over one
 * at a time, so a huge mbox is never held whole in memory.
 */
public final class MailboxFiles {

    /** One message and where it came from ({@code file} or {@code file#3}). */
    public record FileMessage(String origin, byte[] raw) {
    }

    private MailboxFiles() {
    }

    /** The files a path names: itself, or the .eml and .mbox files in a folder, sorted. */
    public static List<Path> files(Path path) {
        if (!Files.isDirectory(path)) {
            return List.of(path);
        }
        try (Stream<Path> listing = Files.list(path)) {
            return listing.filter(Files::isRegularFile).filter(file -> {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".eml") || name.endsWith(".mbox") || name.endsWith(".msg.txt");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + path, e);
        }
    }

    /** Each message of a file, in order. */
    public static void read(Path file, Consumer<FileMessage> messages) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            in.mark(5);
            byte[] start = in.readNBytes(5);
            in.reset();
            boolean mbox = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".mbox")
                    || new String(start, java.nio.charset.StandardCharsets.ISO_8859_1).equals("From ");
            if (!mbox) {
                messages.accept(new FileMessage(file.toString(), in.readAllBytes()));
                return;
            }
            readMbox(file.toString(), in, messages);
        }
    }

    private static void readMbox(String origin, InputStream in, Consumer<FileMessage> messages) throws IOException {
        ByteArrayOutputStream current = null;
        int number = 0;
        byte[] line;
        boolean previousBlank = true;
        while ((line = readLine(in)) != null) {
            boolean separator = previousBlank && startsWith(line, "From ");
            if (separator) {
                if (current != null) {
                    messages.accept(new FileMessage(origin + "#" + number, trimTrailingNewline(current.toByteArray())));
                }
                current = new ByteArrayOutputStream();
                number++;
            } else if (current != null) {
                // mboxrd: ">From ", ">>From "... lose one '>'.
                if (line.length > 1 && line[0] == '>' && unescapes(line)) {
                    current.write(line, 1, line.length - 1);
                } else {
                    current.write(line);
                }
            }
            previousBlank = line.length == 1 && line[0] == '\n' || line.length == 2 && line[0] == '\r';
        }
        if (current != null) {
            messages.accept(new FileMessage(origin + "#" + number, trimTrailingNewline(current.toByteArray())));
        }
    }

    private static boolean unescapes(byte[] line) {
        int i = 0;
        while (i < line.length && line[i] == '>') {
            i++;
        }
        return startsWith(java.util.Arrays.copyOfRange(line, i, line.length), "From ");
    }

    /** One line with its end-of-line bytes, or null at the end. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0) {
            line.write(b);
            if (b == '\n') {
                break;
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    private static boolean startsWith(byte[] line, String prefix) {
        if (line.length < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (line[i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static byte[] trimTrailingNewline(byte[] message) {
        int end = message.length;
        while (end > 0 && (message[end - 1] == '\n' || message[end - 1] == '\r')) {
            end--;
        }
        return java.util.Arrays.copyOf(message, end);
    }
}
