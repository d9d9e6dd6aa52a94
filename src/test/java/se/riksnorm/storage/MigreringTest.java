package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V2 rebuilds fordelning (its unique key changes from kommun + år to kommun + år + version): a database
 * written under V1 keeps every table, cell and id, and the foreign keys point at the new tables.
 */
class MigreringTest {

    @Test
    void v2BehallerFordelningarnaOchDerasCeller() throws Exception {
        Path fil = Files.createTempDirectory("riksnorm-migrering").resolve("riksnorm.db");
        String url = "jdbc:sqlite:" + fil + "?foreign_keys=true";
        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").target("1").load().migrate();
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("insert into kalla values ('nykoping-sn22-37', 'Socialnämnden', 'OFFICIELL', null)");
            s.execute("insert into kommun values ('nykoping', '0480', 'Nyköping')");
            s.execute("insert into riksnorm values (2023, '2023-01', '2023-12', 'FASTSTALLD', null, null, null, "
                    + "'nykoping-sn22-37', 'norms/riksnorm/2023.yaml', '2026-11-01T00:00:00Z')");
            s.execute("insert into fordelning (id, kommun, ar, status, kalla, beslut_namnd, beslut_diarienummer, "
                    + "hemmavarande_avrundning, kallfil, lagrad) values (7, 'nykoping', 2023, 'BESLUTAD', 'nykoping-sn22-37', "
                    + "'Socialnämnden', 'SN22/37', 'HALVT_UPPAT', 'norms/kommuner/nykoping/2023.yaml', '2026-11-01T00:00:00Z')");
            s.execute("insert into fordelning_cell (id, fordelning_id, tabell, rad, kolumn, kronor) values "
                    + "(40, 7, 'GEMENSAMMA_KOSTNADER', 'forbrukningsvaror', '5', 385), "
                    + "(41, 7, 'GEMENSAMMA_KOSTNADER', 'telefon_och_dagstidning', '5', 1641)");
        }

        Flyway.configure().dataSource(url, null, null).locations("classpath:db/migration/sqlite").load().migrate();

        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            assertThat(text(s, "select kommun || ' ' || ar || ' v' || version || ' ' || status || ' ' || beslut_diarienummer "
                    + "from fordelning where id = 7")).isEqualTo("nykoping 2023 v1 BESLUTAD SN22/37");
            // 385 + 1 641 = 2 026, as decided
            assertThat(text(s, "select sum(kronor) from fordelning_cell where fordelning_id = 7")).isEqualTo("2026");
            assertThat(text(s, "select group_concat(id) from fordelning_cell")).isEqualTo("40,41");
            assertThat(text(s, "select \"table\" from pragma_foreign_key_list('fordelning_cell')")).isEqualTo("fordelning");
            assertThat(text(s, "select count(*) from sqlite_master where name like '%\\_v2' escape '\\'")).isEqualTo("0");
            // a second version of the same year is allowed now; the same version twice is not
            s.execute("insert into fordelning (kommun, ar, version, status, kalla, hemmavarande_avrundning, kallfil, lagrad, "
                    + "ersatter_id) values ('nykoping', 2023, 2, 'BESLUTAD', 'nykoping-sn22-37', 'HALVT_UPPAT', 'förslag 1', "
                    + "'2026-11-02T00:00:00Z', 7)");
            assertThatThrownBy(() -> s.execute("insert into fordelning (kommun, ar, version, status, kalla, "
                    + "hemmavarande_avrundning, kallfil, lagrad) values ('nykoping', 2023, 2, 'FORSLAG', 'nykoping-sn22-37', "
                    + "'HALVT_UPPAT', 'x', 'x')")).isInstanceOf(SQLException.class);
            // a version is replaced at most once
            assertThatThrownBy(() -> s.execute("insert into fordelning (kommun, ar, version, status, kalla, "
                    + "hemmavarande_avrundning, kallfil, lagrad, ersatter_id) values ('nykoping', 2023, 3, 'BESLUTAD', "
                    + "'nykoping-sn22-37', 'HALVT_UPPAT', 'x', 'x', 7)")).isInstanceOf(SQLException.class);
            // the cells still go with their table
            s.execute("delete from fordelning where id = 8");
            s.execute("delete from fordelning where id = 7");
            assertThat(text(s, "select count(*) from fordelning_cell")).isEqualTo("0");
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rad = s.executeQuery(sql)) {
            return rad.next() ? rad.getString(1) : null;
        }
    }
}
