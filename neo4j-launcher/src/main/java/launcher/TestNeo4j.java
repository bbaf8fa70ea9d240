package launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * The test suite's Neo4j: one or more Neo4j Community DBMSs embedded in this JVM, each with a Bolt connector on a
 * free loopback port, auth on with the password given in NEO4J_TEST_PASSWORD, a small page cache, and no
 * pre-allocated files. Each DBMS gets its own home under the directory named by the first argument.
 *
 * <p>Usage: {@code java -cp ... launcher.TestNeo4j <dir> [count]}. Prints {@code READY <index> <port>} per DBMS and
 * then {@code ALL READY}; prints {@code FAILED <reason>} and exits 1 when one cannot start. Shuts every DBMS down on
 * SIGTERM/SIGINT and when its standard input closes (so it never outlives the test run that started it).
 *
 * <p>Besides {@code neo4j}, every DBMS has the user {@code expired} (same password, change required), so the tests
 * can see how a credentials problem reaches the API.
 */
public final class TestNeo4j {
  private TestNeo4j() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 1) {
      System.out.println("FAILED usage: TestNeo4j <dir> [count]");
      System.exit(2);
    }
    Path root = Path.of(args[0]);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    String password = System.getenv("NEO4J_TEST_PASSWORD");
    if (password == null || password.length() < 8) {
      System.out.println("FAILED NEO4J_TEST_PASSWORD must hold a password of at least 8 characters");
      System.exit(2);
    }
    Files.createDirectories(root);

    List<DatabaseManagementService> started = new ArrayList<>();
    CountDownLatch stop = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  synchronized (started) {
                    for (DatabaseManagementService dbms : started) {
                      try {
                        dbms.shutdown();
                      } catch (RuntimeException e) {
                        System.err.println("shutdown: " + e);
                      }
                    }
                    started.clear();
                  }
                }));

    ExecutorService pool = Executors.newFixedThreadPool(count);
    List<Future<Integer>> ports = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Path home = root.resolve("dbms-" + i);
      ports.add(
          pool.submit(
              () -> {
                DatabaseManagementService dbms = startOne(home, password);
                synchronized (started) {
                  started.add(dbms);
                }
                return boltPortOf(dbms);
              }));
    }
    try {
      for (int i = 0; i < count; i++) System.out.println("READY " + i + " " + ports.get(i).get());
    } catch (Exception e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      System.out.println("FAILED " + cause.toString().replace('\n', ' '));
      System.out.flush();
      System.exit(1);
    }
    pool.shutdown();
    System.out.println("ALL READY");
    System.out.flush();

    // Stop when the parent goes away (stdin closes) or on a signal (the shutdown hook).
    Thread watcher =
        new Thread(
            () -> {
              try {
                InputStream in = System.in;
                while (in.read() != -1) {
                  // ignore input
                }
              } catch (IOException ignored) {
                // treat as closed
              }
              stop.countDown();
            });
    watcher.setDaemon(true);
    watcher.start();
    stop.await();
    System.exit(0);
  }

  /** Ports are chosen here (bind to 0, close, use) so the advertised address, which routing hands out, is right. */
  private static DatabaseManagementService startOne(Path home, String password) throws IOException {
    IOException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      int port = freePort();
      try {
        DatabaseManagementService dbms =
            new DatabaseManagementServiceBuilder(home)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.default_listen_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.default_advertised_address, new SocketAddress("127.0.0.1"))
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "false")
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                .build();
        var system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
        system.executeTransactionally(
            "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        system.executeTransactionally(
            "CREATE USER expired IF NOT EXISTS SET PASSWORD $password CHANGE REQUIRED", Map.of("password", password));
        return dbms;
      } catch (RuntimeException e) {
        if (!String.valueOf(e.getMessage()).contains("ddress already in use") && !isBindFailure(e)) throw e;
        last = new IOException("port " + port + " was taken", e);
      }
    }
    throw last;
  }

  private static boolean isBindFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.net.BindException) return true;
    }
    return false;
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int boltPortOf(DatabaseManagementService dbms) {
    // The configured port (advertised = listen); read back from the running DBMS's config.
    var db = (org.neo4j.kernel.internal.GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    var config = db.getDependencyResolver().resolveDependency(org.neo4j.configuration.Config.class);
    return config.get(BoltConnector.listen_address).getPort();
  }
}
