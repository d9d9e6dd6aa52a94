package se.riksnorm.domain.fordelning;

import java.util.ArrayList;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.kontroll.Kontrollregel;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.domain.tabell.Normtabell;

/**
 * Checks a kommun's fördelning against its year's national table and its own derived figures.
 * Run wherever a table is loaded, proposed or served: Nyköping's decided 2023 table has one finding
 * (gemensamma kostnader, 5 personer: 385 + 1 641 = 2 026 against the riksnorm's 2 060).
 */
public final class FordelningKontroll {

    private FordelningKontroll() {
    }

    public static List<Avvikelse> kontrollera(Fordelning fordelning, Riksnorm riksnorm) {
        if (fordelning.ar() != riksnorm.ar()) {
            throw new IllegalArgumentException("fördelningen för " + fordelning.ar() + " kan inte kontrolleras mot riksnormen "
                    + riksnorm.ar());
        }
        List<Avvikelse> avvikelser = new ArrayList<>();
        fordelning.personligaKostnader().forEach((grupp, poster) -> {
            ingetNegativt(Normtabell.PERSONLIGA_KOSTNADER, grupp.benamning(), poster, avvikelser);
            lika(Kontrollregel.SUMMA_MOT_RIKSNORM, Normtabell.PERSONLIGA_KOSTNADER, grupp.benamning(),
                    riksnorm.personliga(grupp), poster.summa(), avvikelser);
        });
        fordelning.gemensammaKostnader().forEach((antal, poster) -> {
            ingetNegativt(Normtabell.GEMENSAMMA_KOSTNADER, Kolumnrubrik.personer(antal), poster, avvikelser);
            lika(Kontrollregel.SUMMA_MOT_RIKSNORM, Normtabell.GEMENSAMMA_KOSTNADER, Kolumnrubrik.personer(antal),
                    riksnorm.gemensamma(antal), poster.summa(), avvikelser);
        });
        fordelning.matnorm().forEach((grupp, matnorm) -> {
            lika(Kontrollregel.MATNORM_AR_LIVSMEDEL, Normtabell.MATNORM, grupp.benamning() + ", per månad",
                    fordelning.post(grupp, Behovspost.LIVSMEDEL), matnorm.perManad(), avvikelser);
            lika(Kontrollregel.MATNORM_PER_VECKA, Normtabell.MATNORM, grupp.benamning() + ", per vecka",
                    Matnorm.perVecka(matnorm.perManad()), matnorm.perVecka(), avvikelser);
            lika(Kontrollregel.MATNORM_PER_DAG, Normtabell.MATNORM, grupp.benamning() + ", per dag",
                    Matnorm.perDag(matnorm.perManad()), matnorm.perDag(), avvikelser);
        });
        fordelning.umgangesnormPerDag().forEach((grupp, perDag) -> {
            if (perDag.isNegative()) {
                avvikelser.add(new Avvikelse(Kontrollregel.NEGATIVT_BELOPP, Normtabell.UMGANGESNORM, grupp.benamning(),
                        Kronor.NOLL, perDag));
            }
        });
        HemmavarandeUngdom ungdom = fordelning.hemmavarandeUngdom();
        if (ungdom.exempel() != null) {
            kontrolleraExempel(fordelning, ungdom, avvikelser);
        }
        return List.copyOf(avvikelser);
    }

    private static void kontrolleraExempel(Fordelning fordelning, HemmavarandeUngdom ungdom, List<Avvikelse> avvikelser) {
        HemmavarandeUngdom.Exempel exempel = ungdom.exempel();
        String kolumn = "exempel med " + Kolumnrubrik.personer(exempel.antalPersoner());
        fordelning.gemensamma(exempel.antalPersoner()).ifPresent(poster ->
                lika(Kontrollregel.HEMMAVARANDE_EXEMPEL, Normtabell.HEMMAVARANDE_UNGDOM, kolumn + ", gemensamma kostnader",
                        poster.summa(), exempel.gemensamma(), avvikelser));
        lika(Kontrollregel.HEMMAVARANDE_EXEMPEL, Normtabell.HEMMAVARANDE_UNGDOM, kolumn + ", andel",
                ungdom.andel(exempel.gemensamma(), exempel.antalPersoner()), exempel.andel(), avvikelser);
        lika(Kontrollregel.HEMMAVARANDE_EXEMPEL, Normtabell.HEMMAVARANDE_UNGDOM, kolumn + ", ensamstående",
                fordelning.summaPersonliga(Aldersgrupp.ENSAMSTAENDE), exempel.ensamstaende(), avvikelser);
        lika(Kontrollregel.HEMMAVARANDE_EXEMPEL, Normtabell.HEMMAVARANDE_UNGDOM, kolumn + ", summa",
                exempel.ensamstaende().plus(exempel.andel()), exempel.summa(), avvikelser);
    }

    private static void ingetNegativt(Normtabell tabell, String kolumn, Poster poster, List<Avvikelse> avvikelser) {
        poster.belopp().forEach((post, kronor) -> {
            if (kronor.isNegative()) {
                avvikelser.add(new Avvikelse(Kontrollregel.NEGATIVT_BELOPP, tabell, kolumn + ", " + post.benamning(),
                        Kronor.NOLL, kronor));
            }
        });
    }

    private static void lika(Kontrollregel regel, Normtabell tabell, String kolumn, Kronor forvantat, Kronor faktiskt,
                             List<Avvikelse> avvikelser) {
        if (!forvantat.equals(faktiskt)) {
            avvikelser.add(new Avvikelse(regel, tabell, kolumn, forvantat, faktiskt));
        }
    }
}
