package se.riksnorm.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.sqlite.JDBC;
import org.sqlite.jdbc4.JDBC4Connection;

/**
 * The xerial SQLite driver with two changes, set as the data source's {@code driver-class-name}:
 * <ul>
 *   <li>the database file's folder is created on first connect, so a fresh clone starts without setup;</li>
 *   <li>{@link Connection#setReadOnly} is ignored: Micronaut Data 4 calls it on open connections for
 *       read-only transactions, which sqlite-jdbc rejects (micronaut-data issue 3560, fixed only in 5.x).
 *       sqlite-jdbc's own {@code jdbc.explicit_readonly} option breaks Flyway instead (stack-notes.md).</li>
 * </ul>
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
        return new ReadOnlyIgnoringConnection(trimmed, address, info);
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

    private static final class ReadOnlyIgnoringConnection extends JDBC4Connection {

        ReadOnlyIgnoringConnection(String url, String fileName, Properties prop) throws SQLException {
            super(url, fileName, prop);
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            // read-only is a hint to the pool; SQLite fixes it when the connection opens
        }
    }
}
