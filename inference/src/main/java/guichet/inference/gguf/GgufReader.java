package guichet.inference.gguf;

import guichet.inference.ModelFileException;
import guichet.inference.ModelFileException.Problem;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads and checks the header of a GGUF file before it reaches native code: a missing, foreign,
 * corrupt or truncated file is reported as a {@link ModelFileException} instead of crashing the
 * engine.
 */
public final class GgufReader {

    private static final int MAGIC = 0x46554747; // "GGUF" little-endian
    private static final int DEFAULT_ALIGNMENT = 32;
    private static final long MAX_STRING_BYTES = 64L << 20;
    private static final int MAX_DIMENSIONS = 8;

    private GgufReader() {
    }

    /** Reads the header of {@code path} and checks the file holds all the tensor data it declares. */
    public static GgufMetadata read(Path path) {
        if (!Files.exists(path)) {
            throw new ModelFileException(path, Problem.MISSING, null);
        }
        if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
            throw new ModelFileException(path, Problem.UNREADABLE, "not a readable regular file");
        }
        try (LittleEndianInput in = new LittleEndianInput(new BufferedInputStream(Files.newInputStream(path), 1 << 16))) {
            long fileSize = Files.size(path);
            GgufMetadata metadata = readHeader(path, in, fileSize);
            long needed = metadata.dataBytes();
            if (needed > fileSize) {
                throw new ModelFileException(path, Problem.TRUNCATED,
                        "it needs " + needed + " bytes but has " + fileSize);
            }
            return metadata;
        } catch (EOFException e) {
            throw new ModelFileException(path, Problem.TRUNCATED, "the header ends early");
        } catch (NoSuchFileException e) {
            throw new ModelFileException(path, Problem.MISSING, null);
        } catch (AccessDeniedException e) {
            throw new ModelFileException(path, Problem.UNREADABLE, "access denied");
        } catch (IOException e) {
            throw new ModelFileException(path, Problem.UNREADABLE, e.getMessage());
        }
    }

    /** True when the file starts with the GGUF magic bytes. */
    public static boolean looksLikeGguf(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && new String(magic, StandardCharsets.US_ASCII).equals("GGUF");
        } catch (IOException e) {
            return false;
        }
    }

    private static GgufMetadata readHeader(Path path, LittleEndianInput in, long fileSize) throws IOException {
        if (fileSize < 4 || in.int32() != MAGIC) {
            throw new ModelFileException(path, Problem.WRONG_FORMAT, "it does not start with the GGUF magic bytes");
        }
        int version = in.int32();
        if (version < 2 || version > 3) {
            throw new ModelFileException(path, Problem.WRONG_FORMAT, "unsupported GGUF version " + version);
        }
        long tensorCount = in.int64();
        long kvCount = in.int64();
        // Every entry takes at least 8 bytes, so a count beyond the file size is a corrupt header.
        if (tensorCount < 0 || kvCount < 0 || tensorCount > fileSize / 8 || kvCount > fileSize / 8) {
            throw new ModelFileException(path, Problem.CORRUPT, "impossible tensor or metadata count");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (long i = 0; i < kvCount; i++) {
            String key = string(path, in, fileSize);
            int type = in.int32();
            values.put(key, value(path, in, type, fileSize));
        }
        long parameters = 0;
        long dataEnd = 0;
        for (long i = 0; i < tensorCount; i++) {
            string(path, in, fileSize);
            int dims = in.int32();
            if (dims < 1 || dims > MAX_DIMENSIONS) {
                throw new ModelFileException(path, Problem.CORRUPT, "a tensor has " + dims + " dimensions");
            }
            long elements = 1;
            for (int d = 0; d < dims; d++) {
                long size = in.int64();
                if (size < 0 || (size > 0 && elements > Long.MAX_VALUE / size)) {
                    throw new ModelFileException(path, Problem.CORRUPT, "a tensor has an impossible shape");
                }
                elements *= size;
            }
            int type = in.int32();
            long offset = in.int64();
            if (offset < 0 || offset > fileSize) {
                throw new ModelFileException(path, Problem.TRUNCATED, "a tensor starts beyond the end of the file");
            }
            parameters += elements;
            long bytes = GgmlType.byteSize(type, elements).orElse(0);
            dataEnd = Math.max(dataEnd, offset + bytes);
        }
        long alignment = values.get("general.alignment") instanceof Number n ? n.longValue() : DEFAULT_ALIGNMENT;
        if (alignment <= 0 || alignment > 1 << 20) {
            throw new ModelFileException(path, Problem.CORRUPT, "impossible alignment " + alignment);
        }
        long dataStart = Math.ceilDiv(in.position(), alignment) * alignment;
        return new GgufMetadata(version, Map.copyOf(values), tensorCount, parameters, dataStart + dataEnd);
    }

    private static Object value(Path path, LittleEndianInput in, int type, long fileSize) throws IOException {
        return switch (type) {
            case 0 -> in.uint8();
            case 1 -> (byte) in.uint8();
            case 2 -> in.int16() & 0xFFFF;
            case 3 -> (short) in.int16();
            case 4 -> in.int32() & 0xFFFF_FFFFL;
            case 5 -> in.int32();
            case 6 -> Float.intBitsToFloat(in.int32());
            case 7 -> in.uint8() != 0;
            case 8 -> string(path, in, fileSize);
            case 9 -> array(path, in, fileSize);
            case 10, 11 -> in.int64();
            case 12 -> Double.longBitsToDouble(in.int64());
            default -> throw new ModelFileException(path, Problem.CORRUPT, "unknown metadata value type " + type);
        };
    }

    private static GgufMetadata.ArraySummary array(Path path, LittleEndianInput in, long fileSize) throws IOException {
        int elementType = in.int32();
        long length = in.int64();
        if (length < 0 || length > fileSize || elementType == 9) {
            throw new ModelFileException(path, Problem.CORRUPT, "impossible metadata array");
        }
        for (long i = 0; i < length; i++) {
            value(path, in, elementType, fileSize);
        }
        return new GgufMetadata.ArraySummary(elementType, length);
    }

    private static String string(Path path, LittleEndianInput in, long fileSize) throws IOException {
        long length = in.int64();
        if (length < 0 || length > MAX_STRING_BYTES || length > fileSize) {
            throw new ModelFileException(path, Problem.CORRUPT, "impossible string length " + length);
        }
        return new String(in.bytes((int) length), StandardCharsets.UTF_8);
    }

    /** Little-endian reads that count the bytes consumed. */
    private static final class LittleEndianInput implements AutoCloseable {
        private final InputStream in;
        private long position;

        LittleEndianInput(InputStream in) {
            this.in = in;
        }

        long position() {
            return position;
        }

        int uint8() throws IOException {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            position++;
            return b;
        }

        int int16() throws IOException {
            return uint8() | uint8() << 8;
        }

        int int32() throws IOException {
            return uint8() | uint8() << 8 | uint8() << 16 | uint8() << 24;
        }

        long int64() throws IOException {
            return (int32() & 0xFFFF_FFFFL) | ((long) int32()) << 32;
        }

        byte[] bytes(int length) throws IOException {
            byte[] data = in.readNBytes(length);
            if (data.length < length) {
                throw new EOFException();
            }
            position += length;
            return data;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
