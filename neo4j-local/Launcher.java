import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

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
 *
 * Prints exactly one line starting with NEO4J_READY when Bolt accepts connections, or one line
 * starting with NEO4J_FAILED (and exits 2) when the store or the port cannot be had. SIGTERM and
 * SIGINT shut the database down cleanly through the shutdown hook.
 *
 * Authentication is off: the server listens on the loopback interface only and exists for
 * development and tests on this machine.
 */
public class Launcher {
    public static void main(String[] args) throws Exception {
        int port = 7687;
        Path data = Path.of("data");
        long pageCacheMb = 512;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--data" -> data = Path.of(args[++i]);
                case "--pagecache-mb" -> pageCacheMb = Long.parseLong(args[++i]);
                default -> fail("unknown argument " + args[i] + "; expected --port, --data or --pagecache-mb");
            }
        }
        Files.createDirectories(data);

        long started = System.nanoTime();
        DatabaseManagementService service;
        try {
            service = new DatabaseManagementServiceBuilder(data.toAbsolutePath())
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(GraphDatabaseSettings.auth_enabled, false)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(60))
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
            running.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME).executeTransactionally("RETURN 1");
        } catch (Throwable error) {
            fail(describe(error, port, data));
        }

        long millis = (System.nanoTime() - started) / 1_000_000;
        System.out.println("NEO4J_READY bolt://127.0.0.1:" + port + " data=" + data.toAbsolutePath() + " startMs=" + millis);
        System.out.flush();
        Thread.currentThread().join();
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
