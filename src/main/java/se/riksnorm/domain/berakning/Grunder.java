package se.riksnorm.domain.berakning;

import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.riksnorm.Riksnorm;

/** The wording of what a line rests on. Statutes are never written here: they come from the law of the month. */
final class Grunder {

    private static final Grund UPPGIFT = new Grund(Grundtyp.UPPGIFT, "Uppgift i beräkningen", null);

    private Grunder() {
    }

    /** A rule as the law of the month words it, e.g. "Socialtjänstlagen (2025:400) 12 kap. 8 §: 25 % av … (från 2025-07)". */
    static Grund lagrum(Periodvarde<Lagrumstext> version) {
        Lagrumstext text = version.varde();
        return new Grund(Grundtyp.FORFATTNING, text.lagrum() + ": " + text.innehall() + " (gäller från " + version.fran()
                + (version.arPreliminar() ? "; preliminär: " + version.kalla().titel() : "") + ")",
                version.kalla().tillforlitlighet().name());
    }

    static Grund riksnorm(Riksnorm riksnorm, Normbelopp belopp) {
        return new Grund(Grundtyp.RIKSNORM, "Riksnorm " + riksnorm.ar() + " (" + riksnorm.status().benamning()
                + "): " + belopp.kalla().titel(), belopp.tillforlitlighet().name());
    }

    /** A figure of the rules that is neither riksnorm nor kommun, e.g. the prisbasbelopp of a year. */
    static Grund belopp(String vad, Normbelopp belopp) {
        return new Grund(Grundtyp.FORFATTNING, vad + ": " + belopp.kalla().titel(), belopp.tillforlitlighet().name());
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
