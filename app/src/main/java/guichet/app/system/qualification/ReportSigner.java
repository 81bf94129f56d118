package guichet.app.system.qualification;

import guichet.app.system.files.OwnerOnlyFile;
import guichet.models.Sha256;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/**
 * Signs qualification reports with the site's Ed25519 key, made once under {@code <home>/qualification/}: the
 * private key readable by its owner only, the public key beside it in PEM, so that anyone can check a report with
 * {@code openssl pkeyutl -verify -pubin -inkey signing-key.pub -rawin -in REPORT -sigfile SIG} (SIG: the {@code .sig}
 * file, base64-decoded).
 */
final class ReportSigner {

    private static final String ALGORITHM = "Ed25519";

    private final Path privateKeyFile;
    private final Path publicKeyFile;

    ReportSigner(Path folder) {
        this.privateKeyFile = folder.resolve("signing-key");
        this.publicKeyFile = folder.resolve("signing-key.pub");
    }

    /** The signature of {@code data}, with the site key (made now if there is none yet). */
    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(privateKey());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + privateKeyFile + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code signature} is the site key's signature of {@code data}; false when there is no site key. */
    boolean verify(byte[] data, byte[] signature) {
        if (!Files.isRegularFile(publicKeyFile)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(publicKey());
            verifier.update(data);
            return verifier.verify(signature);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The SHA-256 of the public key (X.509 encoding), which the report and the transparency record name; made now if there is none. */
    String fingerprint() {
        try {
            privateKey();
            return Sha256.hex(Sha256.newDigest().digest(publicKey().getEncoded()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("unreadable public key " + publicKeyFile + ": " + e.getMessage(), e);
        }
    }

    private PrivateKey privateKey() throws GeneralSecurityException {
        try {
            if (!Files.isRegularFile(privateKeyFile)) {
                KeyPair pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                OwnerOnlyFile.write(privateKeyFile, Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded())
                        .getBytes(StandardCharsets.US_ASCII));
                Files.writeString(publicKeyFile, "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n", StandardCharsets.US_ASCII);
                return pair.getPrivate();
            }
            byte[] encoded = Base64.getDecoder().decode(Files.readString(privateKeyFile, StandardCharsets.US_ASCII).strip());
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(encoded));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the signing key " + privateKeyFile, e);
        }
    }

    private PublicKey publicKey() throws GeneralSecurityException {
        try {
            String pem = Files.readString(publicKeyFile, StandardCharsets.US_ASCII)
                    .replace("-----BEGIN PUBLIC KEY-----", "").replace("-----END PUBLIC KEY-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the public key " + publicKeyFile, e);
        }
    }
}
