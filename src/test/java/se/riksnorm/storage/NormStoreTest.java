package se.riksnorm.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.support.EgenDatabas;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Sql;

@MicronautTest(transactional = false)
class NormStoreTest extends EgenDatabas {

    @Inject
    NormStore store;
    @Inject
    DataSource dataSource;

    @Test
    void sqliteKorMedDeInstallningarSomKonfigurerats() {
        org.junit.jupiter.api.Assumptions.assumeTrue(EgenDatabas.arSqlite(), "SQLite's own settings");
        // the settings in the URL of application.yml, read back from the database itself
        assertThat(Sql.text(dataSource, "pragma journal_mode")).isEqualTo("wal");
        assertThat(Sql.tal(dataSource, "pragma foreign_keys")).isEqualTo(1);
        assertThat(Sql.tal(dataSource, "pragma busy_timeout")).isEqualTo(5000);
        assertThat(Sql.tal(dataSource, "pragma synchronous")).as("FULL").isEqualTo(2);
        assertThat(Sql.text(dataSource, "pragma integrity_check")).isEqualTo("ok");
    }

    @Test
    void varjeTabellLasesTillbakaSomDenSparades() {
        Normbok normbok = store.lasNormbok();
        assertThat(normbok.riksnormer()).hasSameSizeAs(ProjektetsNormer.riksnormsar());
        for (int ar : ProjektetsNormer.riksnormsar()) {
            assertThat(normbok.riksnorm(ar)).contains(ProjektetsNormer.riksnorm(ar));
        }
        var nykoping = normbok.kommun("0480").orElseThrow();
        assertThat(normbok.fordelning(nykoping, 2022)).contains(ProjektetsNormer.nykoping(2022));
        assertThat(normbok.fordelning(nykoping, 2023)).contains(ProjektetsNormer.nykoping(2023));
    }

    @Test
    void ettMisslyckatSparandeLamnarDetLagradeOrort() {
        Fordelning f = ProjektetsNormer.nykoping(2022);
        long cellerFore = Sql.tal(dataSource, "select count(*) from fordelning_cell");
        // a source that is not in the database: the row update fails on its foreign key after the old
        // cells were deleted, so only the transaction's rollback can bring them back
        Fordelning medOkandKalla = new Fordelning(f.kommun(), f.ar(), f.status(), f.beslut(),
                new Kalla("finns-inte", "okänd", Tillforlitlighet.HARLEDD, null), f.personligaKostnader(),
                new TreeMap<>(f.gemensammaKostnader()), f.matnorm(), f.umgangesnormPerDag(), f.hemmavarandeUngdom());

        assertThatThrownBy(() -> store.sparaFordelning(medOkandKalla, "test")).isInstanceOf(RuntimeException.class);

        assertThat(Sql.tal(dataSource, "select count(*) from fordelning_cell")).isEqualTo(cellerFore);
        assertThat(Sql.nykopingCell(dataSource, 2022, "PERSONLIGA_KOSTNADER", "livsmedel", "ar_0")).isEqualTo(755);
        assertThat(store.lasNormbok().fordelning(f.kommun(), 2022)).contains(f);
    }
}
