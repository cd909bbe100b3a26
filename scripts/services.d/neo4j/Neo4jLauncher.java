import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Runs an in-process Neo4j (the test harness) on loopback with Bolt, HTTP and
 * authentication until the process is killed.
 *
 * <p>Usage: {@code Neo4jLauncher <working dir> <bolt port> <http port>}, with
 * the password of the {@code neo4j} user in the NEO4J_PASSWORD variable.
 */
public final class Neo4jLauncher {
  public static void main(String[] args) throws InterruptedException {
    if (args.length != 3 || System.getenv("NEO4J_PASSWORD") == null) {
      System.err.println("usage: NEO4J_PASSWORD=... Neo4jLauncher <working dir> <bolt port> <http port>");
      System.exit(2);
    }
    Path workingDir = Path.of(args[0]).toAbsolutePath();
    int boltPort = Integer.parseInt(args[1]);
    int httpPort = Integer.parseInt(args[2]);

    Neo4j neo4j = Neo4jBuilders.newInProcessBuilder(workingDir)
        .withConfig(GraphDatabaseSettings.auth_enabled, true)
        .withConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
        .withConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
        .withConfig(BoltConnector.enabled, true)
        .withConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", boltPort))
        .withConfig(HttpConnector.enabled, true)
        .withConfig(HttpConnector.listen_address, new SocketAddress("127.0.0.1", httpPort))
        .withConfig(HttpsConnector.enabled, false)
        // Stop in a second or two instead of waiting out Netty's quiet period.
        .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_quiet_period, 0)
        .withConfig(GraphDatabaseInternalSettings.netty_server_shutdown_timeout, Duration.ofSeconds(2))
        .build();
    // A fresh server has neo4j/neo4j with a forced change; set the test password.
    neo4j.databaseManagementService()
        .database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
        .executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
            Map.of("password", System.getenv("NEO4J_PASSWORD")));
    System.out.println("neo4j-launcher: bolt " + neo4j.boltURI() + ", http " + neo4j.httpURI());

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      neo4j.close();
      stopped.countDown();
    }));
    stopped.await();
  }
}
