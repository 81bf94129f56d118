package guichet.app.system.crypto;

import guichet.app.ask.api.RunningGuichet;
import guichet.app.employment.actions.Actions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen's messages are sealed with their own key, kept outside the database: a backup of the database taken
 * before "forget me" and restored after it holds their messages, and none of them can be read any more.
 */
class ErasureReachesBackupsIT extends RunningGuichet {

    private static final String WORD = "Quimbyfield";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CitizenCipher cipher;

    @Autowired
    Actions actions;

    @Test
    void aBackupTakenBeforeForgetMeHoldsNothingReadableOfTheCitizenAfterIt() throws Exception {
        Client citizen = citizen();
        String conversation = citizen.startConversation("en");
        HttpResponse<String> asked = citizen.post("/api/v1/conversations/" + conversation + "/messages",
                Map.of("message", "My surname is " + WORD + " and I am 19: what is the minimum wage for me?"),
                "Accept", "application/json");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(200);
        assertThat(RunningGuichet.json(citizen.get("/api/v1/conversations/" + conversation)).toString()).contains(WORD);

        // the journey's record of the citizen too: a proposed call-back naming them
        String owner = jdbc.sql("select owner from conversation where id = ?").param(conversation).query(String.class).single();
        actions.propose(owner, conversation, Actions.Kind.CALLBACK, Map.of("name", WORD, "phone_slot", "mornings"));
        assertThat(actions.pending(owner).orElseThrow().details()).containsEntry("name", WORD);

        Path backup = Files.createTempDirectory("guichet-backup").resolve("before-erasure.zip");
        jdbc.sql("backup to '" + backup + "'").update();

        List<String> sealed = restored(backup, "select m.text from message m where m.conversation_id = '" + conversation + "'");
        assertThat(sealed).hasSize(2).allSatisfy(text -> assertThat(text).startsWith("enc1:").doesNotContain(WORD));
        assertThat(restored(backup, "script").toString()).doesNotContain(WORD);
        // while the citizen's key lives, the backup's copy is theirs to read (so it is really there)
        assertThat(sealed.stream().map(cipher::open).toList()).anySatisfy(text -> assertThat(text).contains(WORD));

        HttpResponse<String> forgotten = citizen.send(citizen.request("/api/v1/me", "X-XSRF-TOKEN", citizen.cookie("XSRF-TOKEN"))
                .DELETE().build());
        assertThat(forgotten.statusCode()).as(forgotten.body()).isEqualTo(200);
        assertThat(RunningGuichet.json(forgotten).path("erased").path("keys").asInt()).isEqualTo(1);

        List<String> afterErasure = restored(backup, "select m.text from message m where m.conversation_id = '" + conversation + "'");
        assertThat(afterErasure).isEqualTo(sealed);
        assertThat(afterErasure).allSatisfy(text -> assertThat(cipher.tryOpen(text)).isEmpty());
    }

    @Autowired
    CitizenKeys keys;

    @Test
    void aRotatedMasterKeyStillOpensEveryCitizensText() throws Exception {
        Client citizen = citizen();
        String conversation = citizen.startConversation("en");
        citizen.post("/api/v1/conversations/" + conversation + "/messages", Map.of("message", "What is the minimum wage at 21?"),
                "Accept", "application/json");
        String stored = jdbc.sql("select text from message where conversation_id = ? and seq = 1").param(conversation)
                .query(String.class).single();
        Path file = Path.of(home().resolve("secrets").resolve("master-key").toString());
        String before = Files.readString(file);

        assertThat(keys.rotateMaster(MasterKey.random())).isPositive();

        assertThat(Files.readString(file)).isNotEqualTo(before);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(cipher.open(stored)).isEqualTo("What is the minimum wage at 21?");
    }

    /** Restores {@code backup} into a new folder, as an operator would, and runs {@code sql} on it. */
    private static List<String> restored(Path backup, String sql) throws IOException {
        Path folder = Files.createTempDirectory("guichet-restored");
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path target = folder.resolve(Path.of(entry.getName()).getFileName());
                try (InputStream in = zip) {
                    Files.copy(in, target);
                } finally {
                    // ZipInputStream closes with the try: reopen is not needed as the backup holds one file
                }
                break;
            }
        }
        String name;
        try (var files = Files.list(folder)) {
            name = files.findFirst().orElseThrow().getFileName().toString().replace(".mv.db", "");
        }
        SingleConnectionDataSource source = new SingleConnectionDataSource("jdbc:h2:file:" + folder.resolve(name), "guichet", "", true);
        try {
            return JdbcClient.create(source).sql(sql).query((rs, row) -> rs.getString(1)).list();
        } finally {
            source.destroy();
        }
    }
}
