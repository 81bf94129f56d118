package guichet.knowledge.embed;

import guichet.inference.EmbeddingModelInfo;
import guichet.knowledge.KnowledgeException;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * An embedding cache on disk: one gzip stream, big-endian, of
 * <pre>
 *   magic        4 bytes  "GVEC"
 *   version      1 byte   1
 *   encoding     1 byte   1 = int8 with one float32 scale per vector
 *   embedder id  modified UTF-8 (DataOutput.writeUTF)
 *   embedder sha256, hex: modified UTF-8
 *   dimensions   int32
 *   count        int32
 *   count records:  key (32 bytes, see {@link EmbeddingKey}) | scale float32 | dimensions × int8
 * </pre>
 * A component is stored as {@code round(x / scale)} with {@code scale = max|x| / 127}, and read back
 * as {@code q × scale}: at most {@code scale / 2} off (cosine to the original above 0.9999 for unit
 * vectors of 384 dimensions), a quarter of the size of float32.
 *
 * <p>A file written for another embedder (other id, checksum or size) is read as an empty cache:
 * its vectors are never used. The keys hash the embedder's identity as well, so even a file with
 * a forged header could not give a vector for another model's text.
 */
public final class EmbeddingCacheFile {

    private static final byte[] MAGIC = {'G', 'V', 'E', 'C'};
    private static final int VERSION = 1;
    private static final int INT8 = 1;

    private EmbeddingCacheFile() {
    }

    /** A cache read from a file: read-only. */
    public static final class Loaded implements EmbeddingCache {
        private final String embedderId;
        private final String embedderSha256;
        private final boolean matches;
        private final int dimensions;
        private final Map<EmbeddingKey, Integer> slots;
        private final byte[] values;
        private final float[] scales;

        private Loaded(String embedderId, String embedderSha256, boolean matches, int dimensions,
                       Map<EmbeddingKey, Integer> slots, byte[] values, float[] scales) {
            this.embedderId = embedderId;
            this.embedderSha256 = embedderSha256;
            this.matches = matches;
            this.dimensions = dimensions;
            this.slots = slots;
            this.values = values;
            this.scales = scales;
        }

        @Override
        public float[] find(EmbeddingKey key) {
            Integer slot = slots.get(key);
            if (slot == null) {
                return null;
            }
            float[] vector = new float[dimensions];
            int offset = slot * dimensions;
            for (int i = 0; i < dimensions; i++) {
                vector[i] = values[offset + i] * scales[slot];
            }
            return vector;
        }

        /** The scale of a recorded vector (each component is within half of it of the original), or NaN. */
        public float scale(EmbeddingKey key) {
            Integer slot = slots.get(key);
            return slot == null ? Float.NaN : scales[slot];
        }

        /** Whether the file was written for the embedder it was opened for (if not, it is empty). */
        public boolean matchesEmbedder() {
            return matches;
        }

        public String embedderId() {
            return embedderId;
        }

        public String embedderSha256() {
            return embedderSha256;
        }

        public int size() {
            return slots.size();
        }
    }

    /** Collects the vectors offered to it during an ingest (or an export), to {@link #write} them. */
    public static final class Recorder implements EmbeddingCache {
        private final EmbeddingModelInfo embedder;
        private final Map<EmbeddingKey, float[]> vectors = new LinkedHashMap<>();

        private Recorder(EmbeddingModelInfo embedder) {
            this.embedder = embedder;
        }

        @Override
        public float[] find(EmbeddingKey key) {
            return null;
        }

        @Override
        public synchronized void record(EmbeddingKey key, float[] vector) {
            if (vector.length != embedder.dimensions()) {
                throw new KnowledgeException("a vector of " + vector.length + " dimensions cannot go in a cache of "
                        + embedder.id() + " (" + embedder.dimensions() + ")");
            }
            vectors.put(key, vector.clone());
        }

        public synchronized int size() {
            return vectors.size();
        }

        /** Writes what was recorded (atomically: a temporary file moved into place). */
        public synchronized void write(Path file) {
            EmbeddingCacheFile.write(file, embedder, vectors);
        }
    }

    public static Recorder recorder(EmbeddingModelInfo embedder) {
        return new Recorder(embedder);
    }

    /** Reads a cache file for {@code embedder}; a file for another embedder gives an empty cache. */
    public static Loaded read(Path file, EmbeddingModelInfo embedder) {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, embedder);
        } catch (IOException e) {
            throw new KnowledgeException("cannot read the embedding cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads a cache from a stream (a resource in a jar); closes nothing. */
    public static Loaded read(InputStream stream, EmbeddingModelInfo embedder) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(stream, 1 << 16), 1 << 16));
        byte[] magic = in.readNBytes(4);
        if (!Arrays.equals(magic, MAGIC)) {
            throw new IOException("not a Guichet embedding cache (no GVEC header)");
        }
        int version = in.readUnsignedByte();
        int encoding = in.readUnsignedByte();
        if (version != VERSION || encoding != INT8) {
            throw new IOException("unsupported embedding cache version " + version + ", encoding " + encoding);
        }
        String id = in.readUTF();
        String sha = in.readUTF();
        int dimensions = in.readInt();
        int count = in.readInt();
        boolean matches = id.equals(embedder.id()) && sha.equals(embedder.sha256())
                && dimensions == embedder.dimensions();
        if (!matches) {
            return new Loaded(id, sha, false, embedder.dimensions(), Map.of(), new byte[0], new float[0]);
        }
        if (count < 0 || (long) count * dimensions > Integer.MAX_VALUE - 8) {
            throw new IOException("an embedding cache of " + count + " vectors is too large to load");
        }
        Map<EmbeddingKey, Integer> slots = new HashMap<>(count * 4 / 3 + 1);
        byte[] values = new byte[count * dimensions];
        float[] scales = new float[count];
        byte[] key = new byte[EmbeddingKey.BYTES];
        try {
            for (int slot = 0; slot < count; slot++) {
                in.readFully(key);
                scales[slot] = in.readFloat();
                in.readFully(values, slot * dimensions, dimensions);
                slots.put(EmbeddingKey.fromBytes(key), slot);
            }
        } catch (EOFException e) {
            throw new IOException("the embedding cache is truncated (" + count + " vectors announced)", e);
        }
        return new Loaded(id, sha, true, dimensions, slots, values, scales);
    }

    /** Writes vectors as a cache file for {@code embedder}. */
    public static void write(Path file, EmbeddingModelInfo embedder, Map<EmbeddingKey, float[]> vectors) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path temp = parent.resolve(file.getFileName() + ".part");
            try (OutputStream raw = Files.newOutputStream(temp);
                 DataOutputStream out = new DataOutputStream(new BufferedOutputStream(
                         new GZIPOutputStream(raw, 1 << 16), 1 << 16))) {
                out.write(MAGIC);
                out.writeByte(VERSION);
                out.writeByte(INT8);
                out.writeUTF(embedder.id());
                out.writeUTF(embedder.sha256());
                out.writeInt(embedder.dimensions());
                out.writeInt(vectors.size());
                byte[] quantized = new byte[embedder.dimensions()];
                for (Map.Entry<EmbeddingKey, float[]> entry : vectors.entrySet()) {
                    out.write(entry.getKey().toBytes());
                    out.writeFloat(quantize(entry.getValue(), quantized));
                    out.write(quantized);
                }
            }
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new KnowledgeException("cannot write the embedding cache " + file + ": " + e.getMessage(), e);
        }
    }

    /** Fills {@code out} with the int8 components and returns the scale. */
    static float quantize(float[] vector, byte[] out) {
        float max = 0;
        for (float v : vector) {
            max = Math.max(max, Math.abs(v));
        }
        float scale = max / 127f;
        for (int i = 0; i < vector.length; i++) {
            out[i] = scale == 0 ? 0 : (byte) Math.max(-127, Math.min(127, Math.round(vector[i] / scale)));
        }
        return scale;
    }
}
