package guichet.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a downloaded file must hash to: a SHA-256 in hexadecimal, an npm-style integrity string
 * ({@code sha512-<base64>}, as {@code npm view <package> dist.integrity} prints it), both, or neither for a file
 * that changes by design (a "latest" archive). Every digest given is checked.
 *
 * @param sha256 64 hexadecimal digits
 * @param integrity a subresource-integrity string: {@code sha256-}, {@code sha384-} or {@code sha512-} and base64
 */
public record FilePin(Optional<String> sha256, Optional<String> integrity) {

    /** No digest: the file is taken as the source serves it. */
    public static final FilePin NONE = new FilePin(Optional.empty(), Optional.empty());

    private static final Pattern INTEGRITY = Pattern.compile("(sha256|sha384|sha512)-([A-Za-z0-9+/]+={0,2})");

    public FilePin {
        sha256 = sha256.map(String::strip).filter(s -> !s.isEmpty()).map(s -> s.toLowerCase(Locale.ROOT));
        integrity = integrity.map(String::strip).filter(s -> !s.isEmpty());
        if (sha256.isPresent() && !Sha256.isSha256(sha256.get())) {
            throw new IllegalArgumentException("a SHA-256 is 64 hexadecimal digits, not " + sha256.get());
        }
        if (integrity.isPresent() && !INTEGRITY.matcher(integrity.get()).matches()) {
            throw new IllegalArgumentException("an integrity is sha256-, sha384- or sha512- followed by base64, not "
                    + integrity.get());
        }
    }

    /** A pin from settings, where a blank value means "not pinned". */
    public static FilePin of(String sha256, String integrity) {
        return new FilePin(Optional.ofNullable(sha256), Optional.ofNullable(integrity));
    }

    /** True when at least one digest is pinned. */
    public boolean pinned() {
        return sha256.isPresent() || integrity.isPresent();
    }

    /**
     * Checks {@code file} against every pinned digest and returns its SHA-256.
     *
     * @param name the file as the operator knows it, for the message
     * @param knownSha256 its SHA-256 when already computed (while downloading), or null
     * @throws ChecksumMismatchException when a digest differs; the file is left where it is
     */
    public String check(String name, Path file, String knownSha256, ProgressListener progress) throws IOException {
        String actual = knownSha256 != null ? knownSha256 : Sha256.of(file, progress);
        if (sha256.isPresent() && !sha256.get().equals(actual)) {
            throw new ChecksumMismatchException(name, sha256.get(), actual);
        }
        if (integrity.isPresent()) {
            Matcher pinned = INTEGRITY.matcher(integrity.get());
            pinned.matches();
            String algorithm = pinned.group(1);
            String computed = algorithm + "-" + Base64.getEncoder().encodeToString(digest(file, algorithm));
            if (!computed.equals(integrity.get())) {
                throw new ChecksumMismatchException(name, algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-"),
                        integrity.get(), computed);
            }
        }
        return actual;
    }

    private static byte[] digest(Path file, String algorithm) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance(algorithm.toUpperCase(Locale.ROOT).replace("SHA", "SHA-"));
            Sha256.update(digest, in);
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has " + algorithm, e);
        }
    }
}
