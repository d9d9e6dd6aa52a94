package se.riksnorm.domain.tabell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCells;
import se.riksnorm.support.ProjektetsNormer;

@ExtendWith(InstancioExtension.class)
class CelltabellTest {

    @Test
    void nykoping2023LiggerPa68PostcellerOch38Andra() {
        Celltabell tabell = FordelningCells.tabell(ProjektetsNormer.nykoping(2023));
        long poster = tabell.celler().keySet().stream()
                .filter(c -> c.tabell() == Normtabell.PERSONLIGA_KOSTNADER || c.tabell() == Normtabell.GEMENSAMMA_KOSTNADER).count();
        // personliga 8 × 5 + 2 × 4 = 48, gemensamma 10 × 2 = 20; matnorm 10 × 3 = 30, umgänge 8
        assertThat(poster).isEqualTo(68);
        assertThat(tabell.celler()).hasSize(68 + 30 + 8);
    }

    @Test
    void skillnadenNamnsIFilensNycklar() {
        Fordelning f = ProjektetsNormer.nykoping(2023);
        TreeMap<Integer, Poster> gemensamma = new TreeMap<>(f.gemensammaKostnader());
        Map<Behovspost, Kronor> fem = new EnumMap<>(gemensamma.get(5).belopp());
        fem.put(Behovspost.FORBRUKNINGSVAROR, Kronor.of(391));
        gemensamma.put(5, new Poster(fem));
        Fordelning rattad = new Fordelning(f.kommun(), f.ar(), f.status(), f.beslut(), f.kalla(), f.personligaKostnader(),
                gemensamma, f.matnorm(), f.umgangesnormPerDag(), f.hemmavarandeUngdom());

        assertThat(FordelningCells.tabell(f).skillnaderMot(FordelningCells.tabell(rattad)))
                .extracting(Skillnad::toString)
                .containsExactly("gemensamma_kostnader.forbrukningsvaror.5: 385 (nykoping-sn22-37) → 391 (nykoping-sn22-37)");
    }

    @Test
    void riksnormenTarVagenGenomCellerOforandrad() {
        for (int ar = 2019; ar <= 2026; ar++) {
            Riksnorm riksnorm = ProjektetsNormer.riksnorm(ar);
            Map<String, se.riksnorm.domain.kalla.Kalla> kallor = new LinkedHashMap<>(ProjektetsNormer.las().kallor());
            Riksnorm atertagen = RiksnormCells.riksnorm(riksnorm.ar(), riksnorm.giltighet(), riksnorm.status(),
                    riksnorm.upprakning(), riksnorm.storreHushallKalla(), RiksnormCells.tabell(riksnorm).celler(), kallor::get);
            assertThat(atertagen).isEqualTo(riksnorm);
        }
    }

    @RepeatedTest(25)
    void enFordelningMedSlumpadeBeloppTarVagenGenomCellerOforandrad() {
        Fordelning f = ProjektetsNormer.nykoping(2022);
        Map<Aldersgrupp, Poster> personliga = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            Map<Behovspost, Kronor> poster = new EnumMap<>(Behovspost.class);
            Behovspost.personliga(grupp).forEach(post -> poster.put(post, Kronor.of(Instancio.gen().longs().range(0L, 100_000L).get())));
            personliga.put(grupp, new Poster(poster));
        }
        Fordelning slumpad = new Fordelning(f.kommun(), f.ar(), f.status(), f.beslut(), f.kalla(), personliga,
                new TreeMap<>(f.gemensammaKostnader()), f.matnorm(), f.umgangesnormPerDag(), f.hemmavarandeUngdom());

        Map<Cell, Kronor> celler = new LinkedHashMap<>();
        FordelningCells.tabell(slumpad).celler().forEach((cell, varde) -> celler.put(cell, varde.kronor()));
        Fordelning atertagen = FordelningCells.fordelning(slumpad.kommun(), slumpad.ar(), slumpad.status(), slumpad.beslut(),
                slumpad.kalla(), slumpad.hemmavarandeUngdom().andelensAvrundning(),
                slumpad.hemmavarandeUngdom().exempel().antalPersoner(), celler);
        assertThat(atertagen).isEqualTo(slumpad);
    }
}
