package se.riksnorm.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.SQLiteConfig.TransactionMode;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The xerial SQLite driver with three changes, set as the data source's {@code driver-class-name}:
 * <ul>
 *   <li>the database file's folder is created on first connect, so a fresh clone starts without setup;</li>
 *   <li>a transaction that may write begins {@code BEGIN IMMEDIATE}: it takes the write lock at its start and
 *       waits for it up to the busy timeout, so concurrent writers queue instead of failing. A deferred
 *       transaction that reads first and writes later cannot wait: in WAL mode its upgrade to writer fails at
 *       once with SQLITE_BUSY(_SNAPSHOT) when another connection has written meanwhile (SQLite's deadlock
 *       avoidance), which the busy timeout does not cover. A read-only transaction stays deferred and never
 *       queues behind a writer (docs/adr/0141);</li>
 *   <li>{@link Connection#setReadOnly} is only that hint: Micronaut Data 4 calls it on open connections for
 *       read-only transactions, which sqlite-jdbc rejects (micronaut-data issue 3560, fixed only in 5.x).</li>
 * </ul>
 * xerial's own {@code transaction_mode=IMMEDIATE} is not used: it re-begins a transaction in that mode right
 * after every commit and rollback, so a commit that has succeeded could wait for another writer's lock and
 * then report a failure.
 */
public class SqliteDriver extends JDBC {

    @Override
    public Connection connect(String url, Properties info) throws SQLException {
        if (!acceptsURL(url)) {
            return null;
        }
        String trimmed = url.trim();
        String address = trimmed.substring(PREFIX.length());
        skapaKatalog(address);
        return new TransaktionslagesConnection(trimmed, address, info);
    }

    private static void skapaKatalog(String address) throws SQLException {
        String fil = address.contains("?") ? address.substring(0, address.indexOf('?')) : address;
        if (fil.isEmpty() || fil.startsWith(":") || fil.startsWith("file:")) {
            return;
        }
        Path katalog = Path.of(fil).toAbsolutePath().getParent();
        try {
            if (katalog != null) {
                Files.createDirectories(katalog);
            }
        } catch (IOException e) {
            throw new SQLException("kan inte skapa katalogen för databasen " + katalog + ": " + e.getMessage(), e);
        }
    }

    /** A connection whose transactions begin IMMEDIATE unless read-only, and whose re-begin after commit is deferred. */
    private static final class TransaktionslagesConnection extends JDBC4Connection {

        private boolean lasning;

        TransaktionslagesConnection(String url, String fileName, Properties prop) throws SQLException {
            super(url, fileName, prop);
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            // read-only is a hint: it chooses how the next transaction begins, SQLite itself is not asked
            lasning = readOnly;
        }

        @Override
        public boolean isReadOnly() {
            return lasning;
        }

        @Override
        public void setAutoCommit(boolean autoCommit) throws SQLException {
            if (!autoCommit) {
                getConnectionConfig().setTransactionMode(lasning ? TransactionMode.DEFERRED : TransactionMode.IMMEDIATE);
            }
            super.setAutoCommit(autoCommit);
        }

        @Override
        public void rollback() throws SQLException {
            getConnectionConfig().setTransactionMode(TransactionMode.DEFERRED);
            try {
                super.rollback();
            } catch (SQLException e) {
                if (!ingenTransaktion(e)) {
                    throw e;
                }
                // SQLite rolled the transaction back itself, as it does on SQLITE_FULL and some I/O errors: begin the
                // next one as xerial expects, so the connection goes back to the pool whole and the first error is
                // the one reported (it was "database in auto-commit mode" from the pool's close)
                getDatabase().exec("begin;", false);
            }
        }

        @Override
        public void commit() throws SQLException {
            // xerial begins the next transaction at once; deferred, it takes no lock and cannot wait
            getConnectionConfig().setTransactionMode(TransactionMode.DEFERRED);
            super.commit();
        }

        private static boolean ingenTransaktion(SQLException e) {
            return e.getMessage() != null && e.getMessage().contains("no transaction is active");
        }
    }
}
