package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Regelparametrar;
import se.riksnorm.domain.regler.Regelstatus;
import se.riksnorm.domain.regler.Tidsserie;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Referens;

/** The period chooses the rules; every month with a riksnorm has them, and a new year needs no new rule set. */
class RegelbokTest {

    private static final Normbok NORMBOK = ProjektetsNormer.normbok();
    private static final Regelbok REGELBOK = ProjektetsNormer.regelbok();

    @Test
    void varjeManadMedRiksnormHarRegelverkOchHelaLagen() {
        int manader = 0;
        for (Riksnorm riksnorm : NORMBOK.riksnormer()) {
            for (YearMonth manad = riksnorm.giltighet().fran(); !manad.isAfter(riksnorm.giltighet().till()); manad = manad.plusMonths(1)) {
                assertThat(REGELBOK.forManad(manad)).as(manad + " har ett regelverk").isPresent();
                assertThat(REGELBOK.saknas(manad)).as(manad + ": det som saknas i norms/regler").isEmpty();
                manader++;
            }
        }
        assertThat(manader).as("every month of every riksnorm file").isEqualTo(12 * NORMBOK.riksnormer().size());
    }

    @Test
    void varjeManadMedRiksnormBeraknasMedAretsBelopp() {
        Map<Integer, List<Long>> personliga = Referens.riksnorm("personliga");
        Map<Integer, List<Long>> gemensamma = Referens.riksnorm("gemensamma");
        Forsorjningsstodsberakning berakning = new Forsorjningsstodsberakning(REGELBOK);
        for (Riksnorm riksnorm : NORMBOK.riksnormer()) {
            // the reference's figures where it has the year; a later year (not yet in the extract) against its own file
            long vantat = personliga.containsKey(riksnorm.ar())
                    ? personliga.get(riksnorm.ar()).get(8) + gemensamma.get(riksnorm.ar()).get(0)
                    : riksnorm.personliga(se.riksnorm.domain.riksnorm.Aldersgrupp.ENSAMSTAENDE).plus(riksnorm.gemensamma(1)).belopp();
            for (YearMonth manad = riksnorm.giltighet().fran(); !manad.isAfter(riksnorm.giltighet().till()); manad = manad.plusMonths(1)) {
                Utfall<Berakningsresultat> utfall = berakning.berakna(ensam(manad), NORMBOK);
                // ensamstående (column 9 of the reference row) + gemensamma for one person, e.g. 2026: 3 940 + 1 280 = 5 220
                assertThat(utfall).as(manad.toString()).isInstanceOfSatisfying(Utfall.Beraknat.class, b ->
                        assertThat(((Berakningsresultat) b.resultat()).summering().forsorjningsstod().belopp()).isEqualTo(vantat));
            }
        }
    }

    @Test
    void ettRegelverkGallerTillsEttNyareBorjar() {
        assertThat(REGELBOK.forManad(YearMonth.of(2018, 12))).isEmpty();
        assertThat(REGELBOK.forManad(YearMonth.of(2019, 1))).map(Regelverk::id).contains("forsorjningsstod_2019");
        assertThat(REGELBOK.forManad(YearMonth.of(2026, 12))).map(Regelverk::id).contains("forsorjningsstod_2019");
        assertThat(REGELBOK.forManad(YearMonth.of(2027, 1))).map(Regelverk::id).contains("bidragstak_2027");
        // open end: no rule set ends, so a year far ahead has rules (what it lacks is its riksnorm)
        assertThat(REGELBOK.forManad(YearMonth.of(2040, 6))).map(Regelverk::id).contains("bidragstak_2027");
    }

    @Test
    void periodenIDataValjerRegelverket() {
        Kalla kalla = new Kalla("test", "testets regelverk", Tillforlitlighet.HARLEDD, null);
        Regelverk reform = new Regelverk() {
            @Override
            public String namn() {
                return "en reform från 2026 (testets)";
            }

            @Override
            public String id() {
                return "testets_reform";
            }

            @Override
            public Set<Lagrum> lagrum() {
                return Forsorjningsstodsregler2019.INSTANS.lagrum();
            }

            @Override
            public Tillampning forbered(Normlage lage) {
                return Forsorjningsstodsregler2019.INSTANS.forbered(lage);
            }
        };
        Regelparametrar lag = REGELBOK.parametrar();
        Regelparametrar medReform = new Regelparametrar(new Tidsserie<>(List.of(
                new Periodvarde<>(YearMonth.of(2019, 1), null, "forsorjningsstod_2019", kalla, Regelstatus.BESLUTAD),
                new Periodvarde<>(YearMonth.of(2026, 1), null, "testets_reform", kalla, Regelstatus.PRELIMINAR))),
                lag.lagrum(), lag.prisbasbelopp(), lag.jobbstimulans(), lag.begransningsregel(), lag.riksnormensGrund());
        Forsorjningsstodsberakning berakning = new Forsorjningsstodsberakning(
                new Regelbok(List.of(Forsorjningsstodsregler2019.INSTANS, reform), medReform));

        assertThat(regelverk(berakning, YearMonth.of(2025, 12))).startsWith(Forsorjningsstodsregler2019.INSTANS.namn());
        assertThat(regelverk(berakning, YearMonth.of(2026, 1))).startsWith("en reform från 2026 (testets)");
        assertThatThrownBy(() -> new Regelbok(List.of(Forsorjningsstodsregler2019.INSTANS), medReform))
                .hasMessageContaining("regelverket 'testets_reform' från 2026-01 finns inte i tjänsten");
    }

    private static String regelverk(Forsorjningsstodsberakning berakning, YearMonth manad) {
        return berakning.berakna(ensam(manad), NORMBOK).fold(r -> r.normer().regelverk(), fel -> fel.get(0).meddelande());
    }

    private static Forfragan ensam(YearMonth manad) {
        return new Forfragan("nykoping", Period.helManad(manad),
                List.of(new Medlem("sökande", null, 40, Roll.SOKANDE, null, false)), 0, List.of(), List.of());
    }
}
