package guichet.app.knowledge.corpus;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a tar stream (POSIX ustar, with the pax and GNU long-name extensions npm and GNU tar write) one regular file
 * at a time. Each header's checksum is checked, so a damaged or truncated archive fails instead of yielding garbage.
 */
final class TarEntries implements Closeable {

    private static final int BLOCK = 512;

    private final InputStream in;
    private long unread;
    private long padding;

    TarEntries(InputStream in) {
        this.in = in;
    }

    /** The next regular file's path and size, or null at the end of the archive. */
    Entry next() throws IOException {
        skipContent();
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length == 0 || isZero(header)) {
                return null;
            }
            if (header.length < BLOCK) {
                throw new EOFException("the archive ends in the middle of a header");
            }
            checkSum(header);
            long size = size(header);
            char type = (char) header[156];
            String name = longName != null ? longName : ustarName(header);
            longName = null;
            switch (type) {
                case 'x', 'L' -> {
                    byte[] data = readPadded(size);
                    String value = type == 'L' ? cString(data, 0, data.length) : paxPath(data);
                    longName = value == null || value.isEmpty() ? null : value;
                }
                case '0', '\0', '7' -> {
                    unread = size;
                    padding = pad(size);
                    return new Entry(name, size);
                }
                default -> readPadded(size);
            }
        }
    }

    /** The current file's bytes; at most {@code limit} of them, else an IOException. */
    byte[] content(long limit) throws IOException {
        if (unread > limit) {
            throw new IOException("a member of " + unread + " bytes is larger than any fiche (" + limit + " bytes at most)");
        }
        byte[] data = in.readNBytes((int) unread);
        if (data.length < unread) {
            throw new EOFException("the archive ends in the middle of a file");
        }
        unread = 0;
        return data;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** A regular file in the archive. */
    record Entry(String path, long size) {
    }

    private void skipContent() throws IOException {
        in.skipNBytes(unread + padding);
        unread = 0;
        padding = 0;
    }

    private byte[] readPadded(long size) throws IOException {
        if (size > Integer.MAX_VALUE - BLOCK) {
            throw new IOException("a tar extension header of " + size + " bytes");
        }
        byte[] data = in.readNBytes((int) size);
        if (data.length < size) {
            throw new EOFException("the archive ends in the middle of a file");
        }
        in.skipNBytes(pad(size));
        return data;
    }

    private static long pad(long size) {
        return (BLOCK - size % BLOCK) % BLOCK;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }

    private static void checkSum(byte[] header) throws IOException {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += i >= 148 && i < 156 ? ' ' : header[i] & 0xff;
        }
        if (sum != octal(header, 148, 8)) {
            throw new IOException("a damaged tar header (its checksum does not match)");
        }
    }

    private static String ustarName(byte[] header) {
        String name = cString(header, 0, 100);
        String prefix = new String(header, 257, 5, StandardCharsets.US_ASCII).equals("ustar")
                ? cString(header, 345, 155) : "";
        return prefix.isEmpty() ? name : prefix + "/" + name;
    }

    private static long size(byte[] header) throws IOException {
        if ((header[124] & 0x80) != 0) {
            // GNU base-256 for sizes beyond 8 GiB: big-endian in the remaining bits
            long value = header[124] & 0x7f;
            for (int i = 125; i < 136; i++) {
                value = (value << 8) | (header[i] & 0xff);
            }
            return value;
        }
        return octal(header, 124, 12);
    }

    private static long octal(byte[] header, int offset, int length) throws IOException {
        String text = cString(header, offset, length).strip();
        if (text.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(text, 8);
        } catch (NumberFormatException e) {
            throw new IOException("a damaged tar header (\"" + text + "\" is not an octal number)");
        }
    }

    /** The {@code path} record of a pax extended header ("30 path=package/data/…\n"); lengths count bytes. */
    private static String paxPath(byte[] data) {
        int at = 0;
        while (at < data.length) {
            int space = at;
            while (space < data.length && data[space] != ' ') {
                space++;
            }
            int length;
            try {
                length = Integer.parseInt(new String(data, at, space - at, StandardCharsets.US_ASCII));
            } catch (NumberFormatException e) {
                return null;
            }
            if (length <= space - at || at + length > data.length) {
                return null;
            }
            String record = new String(data, space + 1, at + length - space - 2, StandardCharsets.UTF_8);
            if (record.startsWith("path=")) {
                return record.substring(5);
            }
            at += length;
        }
        return null;
    }

    private static String cString(byte[] data, int offset, int length) {
        int end = offset;
        while (end < offset + length && data[end] != 0) {
            end++;
        }
        return new String(data, offset, end - offset, StandardCharsets.UTF_8);
    }
}
