package se.riksnorm.domain.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.kontroll.Kontrollregel;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.support.ProjektetsNormer;

class RiksnormKontrollTest {

    @ParameterizedTest(name = "riksnorm {0} holds every rule")
    @ValueSource(ints = {2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026})
    void allaArStammer(int ar) {
        assertThat(RiksnormKontroll.kontrollera(ProjektetsNormer.riksnorm(ar))).isEmpty();
    }

    @Test
    void brottMotReglernaFlaggas() {
        Riksnorm r = ProjektetsNormer.riksnorm(2021);
        Map<Aldersgrupp, Normbelopp> personliga = new EnumMap<>(r.personligaKostnader());
        // sammanboende 3 160 is not more than ensamstående 3 160
        personliga.put(Aldersgrupp.SAMMANBOENDE, new Normbelopp(Kronor.of(3160), r.personligaKostnader().get(Aldersgrupp.SAMMANBOENDE).kalla()));
        TreeMap<Integer, Normbelopp> gemensamma = new TreeMap<>(r.gemensammaKostnader());
        // 3 persons 1 125: not a multiple of 10 (nearest 1 130), and less than 2 persons' 1 130
        gemensamma.put(3, new Normbelopp(Kronor.of(1125), r.gemensammaKostnader().get(3).kalla()));
        Map<Aldersgrupp, Normbelopp> ejLunch = new EnumMap<>(r.ejLunch());
        // ej lunch 0 år 2 180 is not less than the full 2 180
        ejLunch.put(Aldersgrupp.AR_0, new Normbelopp(Kronor.of(2180), r.ejLunch().get(Aldersgrupp.AR_0).kalla()));
        Riksnorm fel = new Riksnorm(r.ar(), r.giltighet(), r.status(), personliga, gemensamma, r.storreHushallKalla(),
                ejLunch, r.upprakning());

        assertThat(RiksnormKontroll.kontrollera(fel))
                .extracting(Avvikelse::regel, Avvikelse::kolumn, a -> a.forvantat().belopp(), a -> a.faktiskt().belopp())
                .containsExactlyInAnyOrder(
                        tuple(Kontrollregel.HELT_TIOTAL, "3 personer", 1130L, 1125L),
                        tuple(Kontrollregel.OKAR_MED_HUSHALLET, "3 personer", 1130L, 1125L),
                        tuple(Kontrollregel.SAMMANBOENDE_OVER_ENSAMSTAENDE, "Sammanboende", 3160L, 3160L),
                        tuple(Kontrollregel.EJ_LUNCH_LAGRE, "0 år", 2180L, 2180L));
    }

    @Test
    void varjeManadFranForstaTillSistaAretHarExaktEnRiksnorm() {
        Normbok normbok = new Normbok(ProjektetsNormer.las().riksnormer().stream().map(NormFile::innehall).toList(),
                List.of(), List.of());
        List<Integer> ar = ProjektetsNormer.riksnormsar();
        YearMonth forsta = YearMonth.of(ar.get(0), 1);
        YearMonth sista = YearMonth.of(ar.get(ar.size() - 1), 12);
        int manader = 0;
        for (YearMonth manad = forsta; !manad.isAfter(sista); manad = manad.plusMonths(1)) {
            assertThat(normbok.riksnormerFor(manad)).as(manad.toString()).singleElement()
                    .extracting(Riksnorm::ar).isEqualTo(manad.getYear());
            manader++;
        }
        // 2019-01–2026-12 is 96 months, one more year 108
        assertThat(manader).isEqualTo(12 * ar.size());
        assertThat(normbok.riksnormerFor(forsta.minusMonths(1))).isEmpty();
        assertThat(normbok.riksnormerFor(sista.plusMonths(1))).isEmpty();
    }
}
