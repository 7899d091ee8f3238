/*
 * Neo4jLauncher: runs an embedded Neo4j 5.26 Community DBMS with the Bolt connector on,
 * bound to a loopback address, with authentication on. The Node CLI (`newsgraph db start`)
 * starts this class as a background process and talks to it over Bolt with neo4j-driver.
 *
 * Usage: Neo4jLauncher <homeDir> <boltHost> <boltPort> <passwordFile> [<configFile>]
 * The config file (neo4j-launcher/neo4j.conf) holds the limits every transaction runs under; the
 * settings given here (addresses, authentication) are set after it and win. The password file is created with a random password on first start; the launcher sets the
 * `neo4j` user's password to its content before opening Bolt. It prints "READY <uri>" once
 * Bolt is listening and shuts the DBMS down cleanly on SIGTERM / SIGINT. A watchdog
 * (RunawayQueryWatchdog) ends queries that keep running after they were terminated.
 */
package newsgraph;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;

public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    /**
     * The page cache's ceiling: NEWSGRAPH_NEO4J_PAGECACHE ("2g", "512m"), else a quarter of the machine's memory
     * (at least 256 MiB). Neo4j fills the cache as pages are read, so a small store takes little of it; a large one
     * (a few GB at 100k articles) loads about twice as fast as with 256 MiB.
     */
    private static long pageCacheBytes() {
        String size = System.getenv("NEWSGRAPH_NEO4J_PAGECACHE");
        if (size != null && !size.isBlank()) return ByteUnit.parse(size.trim());
        long memory = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getTotalMemorySize();
        return Math.max(ByteUnit.mebiBytes(256), memory / 4);
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4 && args.length != 5) {
            System.err.println("Neo4jLauncher: usage: Neo4jLauncher <homeDir> <boltHost> <boltPort> <passwordFile> [<configFile>]");
            System.exit(2);
        }
        Path home = Path.of(args[0]).toAbsolutePath();
        String host = args[1];
        int port = Integer.parseInt(args[2]);
        Path passwordFile = Path.of(args[3]).toAbsolutePath();
        String password = readOrCreatePassword(passwordFile);

        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home);
        if (args.length == 5) {
            builder.loadPropertiesFromFile(Path.of(args[4]).toAbsolutePath());
        }
        DatabaseManagementService dbms = builder
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .setConfig(HttpConnector.enabled, false)
                .setConfig(HttpsConnector.enabled, false)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, pageCacheBytes())
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
                .build();

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));

        GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        try {
            system.executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
        } catch (QueryExecutionException e) {
            // A store started before already has this password; Neo4j refuses to "change" it to itself.
            if (e.getMessage() == null || !e.getMessage().contains("cannot be the same")) {
                throw e;
            }
        }

        RunawayQueryWatchdog.start(dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME),
                Duration.ofMillis(Long.getLong("newsgraph.runawayGraceMillis", 1000)));

        System.out.println("READY bolt://" + host + ":" + port);
        System.out.flush();
        stopped.await();
    }

    private static String readOrCreatePassword(Path file) throws Exception {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        String password = HexFormat.of().formatHex(bytes);
        Files.createDirectories(file.getParent());
        Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        file.toFile().setReadable(false, false);
        file.toFile().setReadable(true, true);
        return password;
    }
}
