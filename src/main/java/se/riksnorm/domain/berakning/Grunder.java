package se.riksnorm.domain.berakning;

import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.riksnorm.Riksnorm;

/** The wording of what a line rests on. */
final class Grunder {

    static final Grund SOF_2_KAP_1 = new Grund(Grundtyp.FORFATTNING,
            "Socialtjänstförordningen (2001:937) 2 kap. 1 §: riksnormens belopp", "OFFICIELL");
    static final Grund SOL_4_KAP_3 = new Grund(Grundtyp.FORFATTNING,
            "Socialtjänstlagen 4 kap. 3 §: skäliga kostnader för boende, hushållsel, arbetsresor, hemförsäkring, "
                    + "fackförening och arbetslöshetskassa", "OFFICIELL");
    static final Grund HUSHALLSGEMENSKAP = new Grund(Grundtyp.FORFATTNING,
            "Socialstyrelsens tillämpning: ensamstående i hushållsgemenskap får sin andel av hushållets "
                    + "gemensamma kostnader, gemensamma kostnader / antal personer", null);
    static final Grund JOBBSTIMULANS = new Grund(Grundtyp.FORFATTNING,
            "Jobbstimulans, socialtjänstlagen (2001:453) 4 kap. 1 b § (prop. 2012/13:94): 25 % av inkomsten av anställning "
                    + "räknas inte, efter sex månader i följd med försörjningsstöd och i två år", "OFFICIELL");

    private static final Grund UPPGIFT = new Grund(Grundtyp.UPPGIFT, "Uppgift i beräkningen", null);

    private Grunder() {
    }

    static Grund riksnorm(Riksnorm riksnorm, Normbelopp belopp) {
        return new Grund(Grundtyp.RIKSNORM, "Riksnorm " + riksnorm.ar() + " (" + riksnorm.status().benamning()
                + "): " + belopp.kalla().titel(), belopp.tillforlitlighet().name());
    }

    static Grund kommunbeslut(Fordelning fordelning, String vad) {
        StringBuilder text = new StringBuilder(fordelning.kommun().namn()).append(", ").append(vad).append(' ')
                .append(fordelning.ar());
        Beslut beslut = fordelning.beslut();
        if (beslut != null) {
            text.append(": ").append(beslut.namnd());
            if (beslut.datum() != null) {
                text.append(' ').append(beslut.datum());
            }
            if (beslut.diarienummer() != null) {
                text.append(", Dnr ").append(beslut.diarienummer());
            }
        }
        text.append(" (").append(fordelning.status().benamning()).append(')');
        return new Grund(Grundtyp.KOMMUNBESLUT, text.toString(), fordelning.kalla().tillforlitlighet().name());
    }

    static Grund kommuninstallning(String kommun, String installning) {
        return new Grund(Grundtyp.KOMMUNINSTALLNING, kommun + ": " + installning, null);
    }

    static Grund uppgift(String beskrivning) {
        return beskrivning == null || beskrivning.isBlank()
                ? UPPGIFT : new Grund(Grundtyp.UPPGIFT, "Uppgift i beräkningen: " + beskrivning, null);
    }
}
