package se.riksnorm.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import javax.sql.DataSource;

/** Reads the database behind the service's back (its own connection, outside any transaction), to check what is really stored. */
public final class Sql {

    private Sql() {
    }

    public static String text(DataSource dataSource, String sql, Object... parametrar) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parametrar.length; i++) {
                statement.setObject(i + 1, parametrar[i]);
            }
            try (ResultSet rad = statement.executeQuery()) {
                return rad.next() ? rad.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row, in the query's order. */
    public static java.util.List<String> rader(DataSource dataSource, String sql, Object... parametrar) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parametrar.length; i++) {
                statement.setObject(i + 1, parametrar[i]);
            }
            java.util.List<String> rader = new java.util.ArrayList<>();
            try (ResultSet rad = statement.executeQuery()) {
                while (rad.next()) {
                    rader.add(rad.getString(1));
                }
            }
            return rader;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** A change behind the service's back (a test moving a stored time); how many rows it changed. */
    public static int uppdatera(DataSource dataSource, String sql, Object... parametrar) {
        try (Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
             PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parametrar.length; i++) {
                statement.setObject(i + 1, parametrar[i]);
            }
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    public static long tal(DataSource dataSource, String sql, Object... parametrar) {
        return Long.parseLong(text(dataSource, sql, parametrar));
    }

    /** Nyköping's stored amount for a cell of its fördelning for a year. */
    public static long nykopingCell(DataSource dataSource, int ar, String tabell, String rad, String kolumn) {
        return tal(dataSource, "select c.kronor from fordelning_cell c join fordelning f on f.id = c.fordelning_id "
                + "where f.kommun = 'nykoping' and f.ar = ? and c.tabell = ? and c.rad = ? and c.kolumn = ?", ar, tabell, rad, kolumn);
    }
}
