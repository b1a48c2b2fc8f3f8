package org.duban.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server from the binaries Zonky ships as Maven artifacts. One server holds one
 * database per service; as root, Zonky runs it through {@code unshare -U}.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {
    private final EmbeddedPostgres postgres;
    private final long postmasterPid;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDir) {
        this.postgres = postgres;
        this.postmasterPid = postmasterPid(dataDir);
        if (postmasterPid > 0) {
            Watchdog.track(postmasterPid, Watchdog.Stage.DATABASE, "INT"); // SIGINT: PostgreSQL's fast shutdown
        }
    }

    /** The postmaster's pid from the first line of {@code postmaster.pid}, or -1. */
    private static long postmasterPid(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"));
            return lines.isEmpty() ? -1 : Long.parseLong(lines.get(0).trim());
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Starts PostgreSQL with its data in {@code dataDir}.
     *
     * @param keepData true to keep the data of an earlier run (local run), false for a fresh cluster (tests)
     * @param port 0 for a free port
     */
    public static EmbeddedPostgresServer start(Path dataDir, boolean keepData, int port) {
        try {
            Files.createDirectories(dataDir.getParent());
            if (!keepData) {
                // a run that was killed leaves its cluster behind, and initdb refuses a non-empty folder
                deleteRecursively(dataDir);
            }
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir.toFile())
                    .setCleanDataDirectory(!keepData)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", keepData ? "on" : "off");
            if (port > 0) {
                builder.setPort(port);
            }
            return new EmbeddedPostgresServer(builder.start(), dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("PostgreSQL did not start in " + dataDir, e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    /** Creates the database unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, _: " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet rs = exists.executeQuery()) {
                if (rs.next()) {
                    return;
                }
            }
            try (Statement create = connection.createStatement()) {
                create.execute("create database " + database);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + database, e);
        }
    }

    /**
     * A database outage as a service sees it, for fault tests: every open connection to {@code database}
     * is terminated and new ones are refused ("database ... is not currently accepting connections")
     * until {@link #acceptConnections} is called. The other databases of the server are not touched.
     */
    public void refuseConnections(String database) {
        setAllowConnections(database, false);
        execute("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + database + "'");
    }

    /** Ends an outage begun by {@link #refuseConnections}. */
    public void acceptConnections(String database) {
        setAllowConnections(database, true);
    }

    private void setAllowConnections(String database, boolean allow) {
        if (!database.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name must be lower-case letters, digits, _: " + database);
        }
        execute("alter database " + database + " allow_connections " + allow);
    }

    /** Runs one statement as the superuser on the {@code postgres} database. */
    public void execute(String sql) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("could not run: " + sql, e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Watchdog.untrack(postmasterPid);
        }
    }
}
