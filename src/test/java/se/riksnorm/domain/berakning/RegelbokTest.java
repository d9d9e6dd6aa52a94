package se.riksnorm.domain.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.normfiles.Normfil;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Referens;

/** The period chooses the rules; every month 2019–2026 has them, and a new year's rules can differ. */
class RegelbokTest {

    private static final Normbok NORMBOK = new Normbok(
            ProjektetsNormer.las().riksnormer().stream().map(Normfil::innehall).toList(),
            ProjektetsNormer.las().kommuner().stream().map(Normfil::innehall).toList(),
            ProjektetsNormer.las().fordelningar().stream().map(Normfil::innehall).toList());

    @Test
    void varjeManad2019Till2026BeraknasMedAretsBelopp() {
        Map<Integer, List<Long>> personliga = Referens.riksnorm("personliga");
        Map<Integer, List<Long>> gemensamma = Referens.riksnorm("gemensamma");
        Forsorjningsstodsberakning berakning = Forsorjningsstodsberakning.standard();
        int manader = 0;
        for (YearMonth manad = YearMonth.of(2019, 1); !manad.isAfter(YearMonth.of(2026, 12)); manad = manad.plusMonths(1)) {
            Utfall<Berakningsresultat> utfall = berakning.berakna(ensam(manad), NORMBOK);
            // ensamstående (column 9 of the reference row) + gemensamma for one person
            long vantat = personliga.get(manad.getYear()).get(8) + gemensamma.get(manad.getYear()).get(0);
            assertThat(utfall).as(manad.toString()).isInstanceOfSatisfying(Utfall.Beraknat.class, b ->
                    assertThat(((Berakningsresultat) b.resultat()).summering().forsorjningsstod().belopp()).isEqualTo(vantat));
            manader++;
        }
        assertThat(manader).isEqualTo(96);
    }

    @Test
    void utanReglerForManadenBeraknasIngenting() {
        assertThat(Regelbok.standard().forManad(YearMonth.of(2027, 1))).isEmpty();
        assertThat(Regelbok.standard().forManad(YearMonth.of(2018, 12))).isEmpty();
    }

    @Test
    void periodenValjerRegelverket() {
        Regelverk reform = new Regelverk() {
            @Override
            public String namn() {
                return "en reform från 2026 (testets)";
            }

            @Override
            public Giltighet giltighet() {
                return new Giltighet(YearMonth.of(2026, 1), YearMonth.of(2026, 12));
            }

            @Override
            public Berakningsresultat berakna(Forfragan forfragan, Normlage lage) {
                return RiksnormsreglerSoF2019.INSTANS.berakna(forfragan, lage);
            }
        };
        Regelverk fore = new Regelverk() {
            @Override
            public String namn() {
                return RiksnormsreglerSoF2019.INSTANS.namn();
            }

            @Override
            public Giltighet giltighet() {
                return new Giltighet(YearMonth.of(2019, 1), YearMonth.of(2025, 12));
            }

            @Override
            public Berakningsresultat berakna(Forfragan forfragan, Normlage lage) {
                return RiksnormsreglerSoF2019.INSTANS.berakna(forfragan, lage);
            }
        };
        Forsorjningsstodsberakning berakning = new Forsorjningsstodsberakning(new Regelbok(List.of(fore, reform)));

        assertThat(regelverk(berakning, YearMonth.of(2025, 12))).isEqualTo(RiksnormsreglerSoF2019.INSTANS.namn());
        assertThat(regelverk(berakning, YearMonth.of(2026, 1))).isEqualTo("en reform från 2026 (testets)");
        assertThatThrownBy(() -> new Regelbok(List.of(RiksnormsreglerSoF2019.INSTANS, reform)))
                .hasMessageContaining("gäller samma månader");
    }

    private static String regelverk(Forsorjningsstodsberakning berakning, YearMonth manad) {
        Utfall<Berakningsresultat> utfall = berakning.berakna(ensam(manad), NORMBOK);
        return ((Utfall.Beraknat<Berakningsresultat>) utfall).resultat().normer().regelverk();
    }

    private static Forfragan ensam(YearMonth manad) {
        return new Forfragan("nykoping", Period.helManad(manad),
                List.of(new Medlem("sökande", null, 40, Roll.SOKANDE, null, false)), 0, List.of(), List.of());
    }
}
