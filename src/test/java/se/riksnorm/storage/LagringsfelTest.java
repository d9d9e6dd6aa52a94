package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.sqlite.SQLiteConfig;

/**
 * What a database failure means for the caller, read from the exceptions the drivers really throw: SQLite's by
 * making each happen on a real file, PostgreSQL's by their SQLSTATE (as PgJDBC reports them).
 */
class LagringsfelTest {

    @Test
    void sqliteSkrivskyddadUpptagenOchUnikNyckel() throws Exception {
        Path fil = Files.createTempDirectory("riksnorm-lagringsfel").resolve("t.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fil + "?journal_mode=WAL"); Statement s = c.createStatement()) {
            s.execute("create table t (id integer primary key)");
            s.execute("insert into t values (1)");
            assertThat(Lagringsfel.av(catchThrowable(() -> s.execute("insert into t values (1)")))).contains(Lagringsfel.KONFLIKT);
        }
        SQLiteConfig lasning = new SQLiteConfig();
        lasning.setReadOnly(true);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + fil, lasning.toProperties()); Statement s = c.createStatement()) {
            assertThat(Lagringsfel.av(catchThrowable(() -> s.execute("insert into t values (2)")))).contains(Lagringsfel.SKRIVSKYDDAD);
        }
        Properties utanVantan = new Properties();
        utanVantan.setProperty("busy_timeout", "0");
        try (Connection en = DriverManager.getConnection("jdbc:sqlite:" + fil, utanVantan);
             Connection annan = DriverManager.getConnection("jdbc:sqlite:" + fil, utanVantan);
             Statement s1 = en.createStatement(); Statement s2 = annan.createStatement()) {
            s1.execute("begin immediate");
            assertThat(Lagringsfel.av(catchThrowable(() -> s2.execute("begin immediate")))).contains(Lagringsfel.UPPTAGEN);
            s1.execute("rollback");
        }
    }

    @ParameterizedTest(name = "SQLSTATE {0} → {1}")
    @CsvSource({"53100, FULL", "25006, SKRIVSKYDDAD", "23505, KONFLIKT", "40001, KONFLIKT", "40P01, KONFLIKT", "55P03, UPPTAGEN",
            "53300, UPPTAGEN", "08006, OTILLGANGLIG", "57P01, OTILLGANGLIG"})
    void postgresqlEfterSqlstate(String tillstand, Lagringsfel vantat) {
        SQLException fel = new SQLException("från PostgreSQL", tillstand);

        assertThat(Lagringsfel.av(new RuntimeException("inlindat", fel))).contains(vantat);
    }

    @Test
    void ettProgrammeringsfelArIngetLagringsfel() {
        assertThat(Lagringsfel.av(new SQLException("syntax error", "42601"))).isEmpty();
        assertThat(Lagringsfel.av(new IllegalStateException("x"))).isEmpty();
        assertThat(Lagringsfel.av(new SQLTransientConnectionException("no connection within 30000 ms"))).contains(Lagringsfel.UPPTAGEN);
    }
}
