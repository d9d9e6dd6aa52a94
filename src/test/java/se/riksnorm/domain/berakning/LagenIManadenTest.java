package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Tidsserie;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.support.ProjektetsNormer;

/**
 * Every result line cites the paragraph in force in the month it calculates: SoL (2001:453) until 2025-06, SoL
 * (2025:400) from 2025-07 (norms/regler/lagrum.yaml). Walks every month 2019-01–2027-12 and every rule.
 */
class LagenIManadenTest {

    private static final Regelbok REGELBOK = ProjektetsNormer.regelbok();
    private static final YearMonth FORSTA = YearMonth.of(2019, 1);
    private static final YearMonth SISTA = YearMonth.of(2027, 12);

    @Test
    void varjeRegelHarExaktEnLydelseVarjeManadDenGaller() {
        int prov = 0;
        for (YearMonth manad = FORSTA; !manad.isAfter(SISTA); manad = manad.plusMonths(1)) {
            Regelverk regelverk = REGELBOK.forManad(manad).orElseThrow();
            for (Lagrum regel : Lagrum.values()) {
                Tidsserie<Lagrumstext> serie = REGELBOK.parametrar().lagrum().getOrDefault(regel, Tidsserie.tom());
                YearMonth m = manad;
                long giltiga = serie.varden().stream().filter(v -> v.galler(m)).count();
                if (regelverk.lagrum().contains(regel)) {
                    assertThat(giltiga).as(manad + " " + regel.nyckel() + ": exactly one wording in force").isEqualTo(1);
                    prov++;
                } else {
                    assertThat(giltiga).as(manad + " " + regel.nyckel() + ": at most one wording").isLessThanOrEqualTo(1);
                }
            }
        }
        // the aktivitetskrav is a rule from 2026-07 (prop. 2025/26:207), the begränsningsregel from 2027-01
        assertThat(REGELBOK.regler(YearMonth.of(2026, 6)).lagrum(Lagrum.NEDSATTNING_AKTIVITETSKRAV)).isEmpty();
        assertThat(REGELBOK.regler(YearMonth.of(2026, 7)).lagrum(Lagrum.NEDSATTNING_AKTIVITETSKRAV)).isPresent();
        assertThat(REGELBOK.regler(YearMonth.of(2026, 12)).lagrum(Lagrum.BEGRANSNINGSREGEL)).isEmpty();
        assertThat(REGELBOK.regler(YearMonth.of(2027, 1)).lagrum(Lagrum.BEGRANSNINGSREGEL)).isPresent();
        // 108 months × 8 rules the 2019 rule set cites, + 12 months × 1 more in 2027
        assertThat(prov).isEqualTo(108 * 8 + 12);
    }

    @Test
    void lagbytet2025GerNyaParagraferOchOrd() {
        assertThat(lagrum(YearMonth.of(2025, 6), Lagrum.JOBBSTIMULANS)).isEqualTo("Socialtjänstlagen (2001:453) 4 kap. 1 b §");
        assertThat(lagrum(YearMonth.of(2025, 7), Lagrum.JOBBSTIMULANS)).isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 8 §");
        assertThat(lagrum(YearMonth.of(2025, 6), Lagrum.SKALIGA_KOSTNADER)).isEqualTo("Socialtjänstlagen (2001:453) 4 kap. 3 §");
        assertThat(lagrum(YearMonth.of(2025, 8), Lagrum.SKALIGA_KOSTNADER)).isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 7 §");
        assertThat(lagrum(YearMonth.of(2019, 1), Lagrum.BARNS_ARBETSINKOMSTER)).isEqualTo("Socialtjänstlagen (2001:453) 4 kap. 1 a §");
        assertThat(lagrum(YearMonth.of(2025, 7), Lagrum.BARNS_ARBETSINKOMSTER)).isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 9 §");
        assertThat(lagrum(YearMonth.of(2025, 6), Lagrum.NEDSATTNING_PRAKTIK)).isEqualTo("Socialtjänstlagen (2001:453) 4 kap. 5 §");
        assertThat(lagrum(YearMonth.of(2025, 7), Lagrum.NEDSATTNING_PRAKTIK)).isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 6 §");
        assertThat(REGELBOK.regler(YearMonth.of(2025, 6)).lagrum(Lagrum.LEVNADSKOSTNADER_I_OVRIGT).orElseThrow().varde().benamning())
                .isEqualTo("Livsföring i övrigt");
        assertThat(REGELBOK.regler(YearMonth.of(2025, 7)).lagrum(Lagrum.LEVNADSKOSTNADER_I_OVRIGT).orElseThrow().varde().benamning())
                .isEqualTo("Levnadskostnader i övrigt");
    }

    /**
     * A household that meets every rule of försörjningsstöd, calculated in every month with a riksnorm: each line cites
     * exactly one statute of its rule, the wording in force that month, and none of another month.
     */
    @Test
    void varjeRadCiterarLagrummetSomGallerManaden() {
        Normbok normbok = ProjektetsNormer.normbok();
        Forsorjningsstodsberakning berakning = new Forsorjningsstodsberakning(REGELBOK);
        Map<Radtyp, Lagrum> regelForRad = new EnumMap<>(Radtyp.class);
        regelForRad.put(Radtyp.PERSONLIGA_KOSTNADER, Lagrum.RIKSNORMENS_BELOPP);
        regelForRad.put(Radtyp.GEMENSAMMA_KOSTNADER, Lagrum.RIKSNORMENS_BELOPP);
        regelForRad.put(Radtyp.SKALIG_KOSTNAD, Lagrum.SKALIGA_KOSTNADER);
        regelForRad.put(Radtyp.LIVSFORING_I_OVRIGT, Lagrum.LEVNADSKOSTNADER_I_OVRIGT);
        regelForRad.put(Radtyp.JOBBSTIMULANS, Lagrum.JOBBSTIMULANS);
        regelForRad.put(Radtyp.BARNS_ARBETSINKOMST, Lagrum.BARNS_ARBETSINKOMSTER);
        regelForRad.put(Radtyp.NEDSATTNING, Lagrum.NEDSATTNING_PRAKTIK);
        int rader = 0;
        for (Riksnorm riksnorm : normbok.riksnormer()) {
            for (YearMonth manad = riksnorm.giltighet().fran(); !manad.isAfter(riksnorm.giltighet().till()); manad = manad.plusMonths(1)) {
                Berakningsresultat resultat = berakning.berakna(allaRegler(manad), normbok)
                        .fold(r -> r, fel -> { throw new AssertionError(fel.toString()); });
                assertThat(resultat.rader()).extracting(Rad::typ).containsAll(regelForRad.keySet());
                for (Rad rad : resultat.rader()) {
                    Lagrum regel = regelForRad.get(rad.typ());
                    if (regel == null) {
                        continue;
                    }
                    Periodvarde<Lagrumstext> iKraft = REGELBOK.regler(manad).lagrum(regel).orElseThrow();
                    List<Grund> lagrum = rad.grunder().stream().filter(g -> g.typ() == Grundtyp.FORFATTNING)
                            .filter(g -> g.hanvisning().startsWith("Socialtjänst")).toList();
                    assertThat(lagrum).as(manad + " " + rad.typ() + ": one statute").singleElement()
                            .satisfies(g -> assertThat(g.hanvisning()).startsWith(iKraft.varde().lagrum() + ": "));
                    rader++;
                }
                assertThat(resultat.normer().regelverk()).endsWith(REGELBOK.regler(manad).lagrum(Lagrum.FORSORJNINGSSTOD)
                        .orElseThrow().varde().lagrum());
            }
        }
        assertThat(rader).as("8 cited lines a month").isEqualTo(8 * 12 * normbok.riksnormer().size());
    }

    private static String lagrum(YearMonth manad, Lagrum regel) {
        return REGELBOK.regler(manad).lagrum(regel).orElseThrow().varde().lagrum();
    }

    /** A parent with a wage (jobbstimulans), a child with a summer job, rent, glasses, and a reduction for refused praktik. */
    private static Forfragan allaRegler(YearMonth manad) {
        return new Forfragan("nykoping", Period.helManad(manad), List.of(
                new Medlem("förälder", null, 40, Roll.SOKANDE, null, false),
                new Medlem("barn", LocalDate.of(manad.getYear() - 16, 1, 1), null, Roll.BARN, null, false)), 0,
                List.of(new Kostnad(Kostnadstyp.BOENDE, Kronor.of(6000), "hyra"),
                        new Kostnad(Kostnadstyp.LIVSFORING_I_OVRIGT, Kronor.of(500), "glasögon")),
                List.of(new Inkomst(Inkomsttyp.LON, Kronor.of(4000), "förälder", true, null),
                        new Inkomst(Inkomsttyp.LON, Kronor.of(1000), "barn", false, null)),
                List.of(new Nedsattning(Kronor.of(100), Nedsattningsgrund.PRAKTIK, "avböjd praktik", null)));
    }
}
