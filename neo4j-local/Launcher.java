import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j 5.26 Community embedded, with Bolt on 127.0.0.1, until the process is told to stop.
 *
 * Usage: java -Xmx2g -cp 'lib/*' Launcher.java [--port 7687] [--data DIR] [--pagecache-mb 512]
 *        [--password-file FILE] [--owner-pid PID]
 *
 * Prints exactly one line starting with NEO4J_READY when Bolt accepts connections, or one line
 * starting with NEO4J_FAILED (and exits 2) when the store or the port cannot be had. SIGTERM and
 * SIGINT shut the database down cleanly through the shutdown hook.
 *
 * Authentication is on: the user neo4j gets the password held in --password-file (which the
 * caller creates, readable by its owner only), set through the system database at every start,
 * so that a store created without it, or with another one, takes it too. Without the option
 * authentication is off (kept for a store someone runs by hand).
 *
 * With --owner-pid the server stops itself (cleanly, through the shutdown hook) within a second
 * of that process ending, however it ended, SIGKILL included: a Neo4j started for the API, a test
 * run or a bench never outlives it.
 */
public class Launcher {
    /** How much transaction log a store keeps beyond its last checkpoint (Neo4j's policy syntax). */
    static final String TX_LOG_RETENTION = "256M size";

    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of("data");
        long pageCacheMb = 512;
        Path passwordFile = null;
        long ownerPid = -1;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                case "--password-file" -> passwordFile = Path.of(args[++i]);
                case "--owner-pid" -> ownerPid = Long.parseLong(args[++i]);
                default -> fail("unknown argument " + args[i] + "; expected --port, --data, --pagecache-mb, --password-file or --owner-pid");
            }
        }
        Files.createDirectories(data);
        if (ownerPid > 0) watchOwner(ownerPid);
        String password = null;
        if (passwordFile != null) {
            password = Files.readString(passwordFile, StandardCharsets.UTF_8).trim();
            if (password.length() < 8) fail("the password in " + passwordFile + " is shorter than 8 characters");
        }

        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, password != null)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
                    // Neo4j's default keeps two days of transaction logs whatever their size: a
                    // bench that reloads the corpus again and again wrote 45 GB of them in a few
                    // hours. Nothing here reads old logs (no backups, no cluster), so keep only
                    // what a checkpoint (every 250 MiB of log by default) has not yet covered.
                    .setConfig(GraphDatabaseSettings.keep_logical_logs, TX_LOG_RETENTION)
                    // Bolt otherwise waits twice 5 s on shutdown for connections and threads that,
                    // once the databases have stopped, have nothing left to finish.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
                    .setConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable error) {
            fail(describe(error, port, data));
            return;
        }

        final DatabaseManagementService running = service;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("NEO4J_STOPPING");
            running.shutdown();
            System.out.println("NEO4J_STOPPED");
        }));

        try {
            if (password != null) setPassword(running, password);
            running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable error) {
            fail(describe(error, port, data));
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " data=" + data.toAbsolutePath() + " startMs=" + millis);
        System.out.flush();
        Thread.currentThread().join();
    }

    /** Gives the user neo4j this password (no change required), unless it already has it. */
    private static void setPassword(DatabaseManagementService service, String password) {
        try {
            service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                    .executeTransactionally("ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } catch (RuntimeException error) {
            String text = String.valueOf(error.getMessage());
            if (!text.contains("Old password and new password cannot be the same")) throw error;
        }
    }

    /** Exits (running the shutdown hook) once the owner process is gone; checked every second. */
    private static void watchOwner(long ownerPid) {
        Thread watcher = new Thread(() -> {
            while (ProcessHandle.of(ownerPid).map(ProcessHandle::isAlive).orElse(false)) {
                try {
                    Thread.sleep(1_000);
                } catch (InterruptedException interrupted) {
                    return;
                }
            }
            System.out.println("NEO4J_OWNER_GONE " + ownerPid);
            System.out.flush();
            System.exit(0);
        }, "owner-watch");
        watcher.setDaemon(true);
        watcher.start();
    }

    /** Names the usual causes plainly instead of a stack trace: a port in use, a locked store. */
    private static String describe(Throwable error, int port, Path data) {
        StringBuilder chain = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            chain.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage()).append(" | ");
        }
        String text = chain.toString();
        if (text.contains("Address already in use") || text.contains("BindException")) {
            return "port " + port + " on 127.0.0.1 is already in use; stop what holds it or choose another port";
        }
        if (text.contains("lock") || text.contains("Lock")) {
            return "the store at " + data.toAbsolutePath() + " is locked by another Neo4j process; stop it first";
        }
        return text;
    }

    private static void fail(String message) {
        System.out.println("NEO4J_FAILED " + message);
        System.out.flush();
        System.exit(2);
    }
}
