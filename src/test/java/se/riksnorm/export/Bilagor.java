package se.riksnorm.export;

import java.util.List;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.FordelningUpprakning;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.RiksnormUpprakning;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.support.ProjektetsNormer;

/**
 * The documents the export tests look at: Nyköping's decided 2023 table (SN22/37, with its error for 5 persons)
 * and a proposal for 2023 made from the decided 2022 table and the government's +8,6 %, while the riksnorm 2023
 * was still the derived, preliminary one; then the same proposal decided, with the published riksnorm.
 */
final class Bilagor {

    static final Riksnorm RIKSNORM_2023 = ProjektetsNormer.riksnorm(2023);
    static final Riksnorm PRELIMINAR_2023 = RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), Procentsats.tolka("8.6"));
    static final Fordelning BESLUTAD_2022 = ProjektetsNormer.nykoping(2022);
    static final Fordelning BESLUTAD_2023 = ProjektetsNormer.nykoping(2023);
    static final String SN22_37 = "Beslutad: Socialnämnden 2022-12-08, Dnr SN22/37 (version 1).";
    static final Fordelning FORSLAG_2023 = FordelningUpprakning.foresla(BESLUTAD_2022, PRELIMINAR_2023, Umgangesregel.standard(), 5);

    private Bilagor() {
    }

    static Dokument beslutad2023() {
        return BilagaModell.tabell(BESLUTAD_2023, RIKSNORM_2023, FordelningKontroll.kontrollera(BESLUTAD_2023, RIKSNORM_2023),
                SN22_37, "bilaga-nykoping-2023");
    }

    static Dokument beslutad2022() {
        Riksnorm riksnorm = ProjektetsNormer.riksnorm(2022);
        return BilagaModell.tabell(BESLUTAD_2022, riksnorm, FordelningKontroll.kontrollera(BESLUTAD_2022, riksnorm), SN22_37,
                "bilaga-nykoping-2022");
    }

    /** Proposal 7, not decided, its umgängesnorm not yet confirmed, on the preliminary riksnorm. */
    static Dokument forslag2023() {
        Forslag forslag = new Forslag(7L, 2022, Fordelningsstatus.FORSLAG, FORSLAG_2023, Umgangesregel.standard().beskrivning(),
                false, null);
        return BilagaModell.forslag(forslag, PRELIMINAR_2023, List.of(), "bilaga-nykoping-2023-forslag-7");
    }

    /** Proposal 7 decided as version 2, after the published riksnorm 2023 was entered. */
    static Dokument beslutatForslag2023() {
        Forslag forslag = new Forslag(7L, 2022, Fordelningsstatus.BESLUTAD, FORSLAG_2023, Umgangesregel.standard().beskrivning(),
                true, 2);
        return BilagaModell.forslag(forslag, RIKSNORM_2023, List.of(), "bilaga-nykoping-2023-forslag-7");
    }

    /** What the sakkunnig attaches to the tjänsteskrivelse: the decided 2022 table against the proposal for 2023. */
    static Dokument jamforelse() {
        Riksnorm riksnorm2022 = ProjektetsNormer.riksnorm(2022);
        Arsjamforelse j = Arsjamforelse.mellan(BESLUTAD_2022, riksnorm2022, FordelningKontroll.kontrollera(BESLUTAD_2022, riksnorm2022),
                FORSLAG_2023, RIKSNORM_2023, List.of());
        return JamforelseModell.jamforelse(j, "FÖRSLAG – inte beslutat (förslag 7, uppräknat ur Nyköpings fördelning 2022).",
                "jamforelse-nykoping-2022-2023-forslag-7");
    }
}
