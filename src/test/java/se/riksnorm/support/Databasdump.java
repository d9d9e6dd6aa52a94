package se.riksnorm.support;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Every row of every table of the service's database as text, in a stable order: compared before and after a refused
 * write, it shows that nothing at all changed (SQLite or PostgreSQL alike).
 */
public final class Databasdump {

    private Databasdump() {
    }

    public static String av(DataSource dataSource) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tabeller = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    String namn = rs.getString("TABLE_NAME");
                    if (!namn.toLowerCase(Locale.ROOT).startsWith("flyway") && !namn.toLowerCase(Locale.ROOT).startsWith("sqlite")) {
                        tabeller.add(namn);
                    }
                }
            }
            tabeller.sort(String::compareTo);
            StringBuilder dump = new StringBuilder();
            for (String tabell : tabeller) {
                dump.append("== ").append(tabell).append('\n');
                try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select * from " + tabell + " order by 1")) {
                    int kolumner = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int k = 1; k <= kolumner; k++) {
                            dump.append(rs.getString(k)).append(k < kolumner ? "|" : "\n");
                        }
                    }
                }
            }
            return dump.toString();
        } catch (SQLException e) {
            throw new IllegalStateException("databasen kunde inte läsas", e);
        }
    }
}
