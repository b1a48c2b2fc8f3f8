package org.duban.testing.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of everything a service has stored: per table of its schema, the row count and the sum of every row
 * version's writing transaction id ({@code xmin}), read in one SQL statement built once from
 * {@code information_schema}. Two fingerprints differ when any row was added, removed or rewritten by a committed
 * transaction in between.
 *
 * <p>A table whose rows change by background work, not by requests, is excluded with the reason; a table of which
 * some columns change in the background (the outbox's delivery state, set by the relay) is fingerprinted on the
 * other columns only.
 */
public final class DatabaseFingerprint implements AutoCloseable {
    /**
     * The outbox columns the relay never changes (it sets the delivery state of rows a successful request wrote): a
     * failed request that wrote an event is still seen. Such tables are fingerprinted by a hash of these columns' text.
     */
    public static final List<String> OUTBOX_STABLE_COLUMNS = List.of("event_id", "topic", "event_key", "type", "payload");

    private final Connection connection;
    private final PreparedStatement query;
    private final List<String> tables;

    private DatabaseFingerprint(Connection connection, PreparedStatement query, List<String> tables) {
        this.connection = connection;
        this.query = query;
        this.tables = tables;
    }

    /**
     * Prepares the fingerprint of every base table in the connection's current schema.
     *
     * @param excluded tables left out, each with why (table name → reason)
     * @param columnsOnly tables fingerprinted on these columns only (table name → columns)
     */
    public static DatabaseFingerprint of(DataSource dataSource, Map<String, String> excluded, Map<String, List<String>> columnsOnly) {
        try {
            Connection connection = dataSource.getConnection();
            connection.setAutoCommit(true);
            List<String> tables = new ArrayList<>();
            try (PreparedStatement list = connection.prepareStatement("select table_name from information_schema.tables "
                    + "where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name");
                    ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    if (!excluded.containsKey(rows.getString(1))) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            if (tables.isEmpty()) {
                throw new IllegalStateException("no tables to fingerprint in the current schema");
            }
            List<String> parts = new ArrayList<>();
            for (String table : tables) {
                // xmin is the id of the transaction that wrote the row version: any insert or update changes the sum,
                // any delete the count, and reading it does not detoast the rows (which hashing their text would)
                String row = columnsOnly.containsKey(table)
                        ? "hashtext(row(" + String.join(", ", columnsOnly.get(table).stream().map(c -> "t." + quote(c)).toList()) + ")::text)"
                        : "t.xmin::text";
                parts.add("select '" + table + "' as name, count(*) || ':' || coalesce(sum(" + row + "::bigint), 0) as print from "
                        + quote(table) + " t");
            }
            return new DatabaseFingerprint(connection, connection.prepareStatement(String.join(" union all ", parts)), List.copyOf(tables));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the database fingerprint", e);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    /** The tables fingerprinted, by name. */
    public List<String> tables() {
        return tables;
    }

    /** The fingerprint now: table → "rows:hash-sum". */
    public Map<String, String> take() {
        try (ResultSet rows = query.executeQuery()) {
            Map<String, String> print = new TreeMap<>();
            while (rows.next()) {
                print.put(rows.getString(1), rows.getString(2));
            }
            return print;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the database fingerprint", e);
        }
    }

    /**
     * The server's write-ahead-log insert position: it stays put while nothing at all is written (a refused request
     * that touched no row), so an unchanged position proves an unchanged fingerprint without reading every table.
     * Read it <em>before</em> {@link #take()}: a write in between then only costs a second look, never a missed change.
     */
    public String walPosition() {
        try (PreparedStatement lsn = connection.prepareStatement("select pg_current_wal_insert_lsn()::text");
                ResultSet rows = lsn.executeQuery()) {
            rows.next();
            return rows.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the write-ahead-log position", e);
        }
    }

    /** The tables whose fingerprint differs, with before → after; empty when none. */
    public static Map<String, String> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, print) -> {
            if (!Objects.equals(before.get(table), print)) {
                changed.put(table, before.get(table) + " -> " + print);
            }
        });
        return changed;
    }

    @Override
    public void close() {
        try {
            query.close();
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
