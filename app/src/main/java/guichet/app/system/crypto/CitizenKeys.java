package guichet.app.system.crypto;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each citizen's data keys (AES-256), wrapped by the master key, in a key store of their own
 * ({@code guichet.crypto.keystore-url}): not in the database they open, so that a backup of the data holds no key,
 * and erasing a citizen's keys leaves whatever copy of their data unreadable (crypto-shredding, ADR 38).
 */
@Component
public class CitizenKeys implements DisposableBean {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final HikariDataSource source;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path masterKeyFile;
    private volatile MasterKey master;
    private final Map<String, SecretKey> unwrapped = new ConcurrentHashMap<>();
    private final Map<String, String> current = new ConcurrentHashMap<>();

    CitizenKeys(CryptoProperties properties, Clock clock) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(properties.keystoreUrl());
        config.setUsername(properties.keystoreUsername());
        config.setPassword(properties.keystorePassword());
        config.setMaximumPoolSize(2);
        config.setPoolName("citizen-keys");
        this.source = new HikariDataSource(config);
        this.jdbc = JdbcClient.create(source);
        this.clock = clock;
        this.masterKeyFile = Path.of(properties.masterKeyFile());
        jdbc.sql("""
                create table if not exists citizen_key (
                    id          varchar(24)              not null primary key,
                    owner       varchar(200)             not null,
                    wrapped     varchar(200)             not null,
                    created_at  timestamp with time zone not null
                )""").update();
        jdbc.sql("create index if not exists citizen_key_by_owner on citizen_key (owner)").update();
    }

    /** The id and key new data of {@code owner} is sealed with (made on first use). */
    synchronized Map.Entry<String, SecretKey> keyFor(String owner) {
        String id = current.get(owner);
        if (id == null) {
            id = jdbc.sql("select id from citizen_key where owner = ? order by created_at desc, id limit 1")
                    .param(owner).query(String.class).optional().orElse(null);
        }
        if (id == null) {
            byte[] bytes = new byte[32];
            RANDOM.nextBytes(bytes);
            id = HexFormat.of().formatHex(randomId());
            jdbc.sql("insert into citizen_key (id, owner, wrapped, created_at) values (?, ?, ?, ?)")
                    .params(id, owner, master().wrap(bytes, id), Timestamp.from(clock.instant())).update();
            unwrapped.put(id, new SecretKeySpec(bytes, "AES"));
        }
        current.put(owner, id);
        String found = id;
        return Map.entry(found, key(found).orElseThrow(() -> new IllegalStateException("citizen key " + found + " vanished")));
    }

    /** The key with this id, empty when it was destroyed (its citizen was erased). */
    Optional<SecretKey> key(String id) {
        SecretKey cached = unwrapped.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<String> wrapped = jdbc.sql("select wrapped from citizen_key where id = ?").param(id).query(String.class).optional();
        return wrapped.map(w -> {
            SecretKey key = new SecretKeySpec(master().unwrap(w, id), "AES");
            unwrapped.put(id, key);
            return key;
        });
    }

    /** Destroys every key of {@code owner}: whatever was sealed with them can no longer be read. Returns how many. */
    public synchronized int destroy(String owner) {
        List<String> ids = jdbc.sql("select id from citizen_key where owner = ?").param(owner).query(String.class).list();
        ids.forEach(unwrapped::remove);
        current.remove(owner);
        return jdbc.sql("delete from citizen_key where owner = ?").param(owner).update();
    }

    /** The keys of {@code from} become {@code to}'s (an anonymous citizen signs in). */
    public synchronized void moveOwner(String from, String to) {
        current.remove(from);
        current.remove(to);
        jdbc.sql("update citizen_key set owner = ? where owner = ?").params(to, from).update();
    }

    /** Wraps every key again with a new master key, then makes it the master key; returns how many keys. */
    public synchronized int rotateMaster(byte[] newKey) throws IOException {
        MasterKey old = master();
        MasterKey next = MasterKey.of(newKey, masterKeyFile.toString());
        List<Map.Entry<String, String>> rows = jdbc.sql("select id, wrapped from citizen_key")
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        // all rows are re-wrapped in one transaction on the key store's connection
        try (var connection = source.getConnection()) {
            connection.setAutoCommit(false);
            try (var update = connection.prepareStatement("update citizen_key set wrapped = ? where id = ?")) {
                for (Map.Entry<String, String> row : rows) {
                    update.setString(1, next.wrap(old.unwrap(row.getValue(), row.getKey()), row.getKey()));
                    update.setString(2, row.getKey());
                    update.addBatch();
                }
                update.executeBatch();
                MasterKey.write(masterKeyFile, newKey);
                connection.commit();
            } catch (java.sql.SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the key store refused the rotation: " + e.getMessage(), e);
        }
        master = next;
        return rows.size();
    }

    /** Whether the master key comes from the environment (then rotation is the operator's: a new variable). */
    public boolean masterFromEnvironment() {
        return MasterKey.ENVIRONMENT.equals(master().origin());
    }

    private MasterKey master() {
        MasterKey key = master;
        if (key == null) {
            synchronized (this) {
                if (master == null) {
                    try {
                        master = MasterKey.load(System.getenv(MasterKey.ENVIRONMENT), masterKeyFile);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read or create the master key " + masterKeyFile, e);
                    }
                }
                key = master;
            }
        }
        return key;
    }

    private static byte[] randomId() {
        byte[] id = new byte[12];
        RANDOM.nextBytes(id);
        return id;
    }

    @Override
    public void destroy() {
        source.close();
    }
}
