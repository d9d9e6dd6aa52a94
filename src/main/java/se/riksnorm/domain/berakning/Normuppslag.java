package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;

/** Finds the norms in force for a kommun and month, or says precisely what is missing. */
final class Normuppslag {

    private Normuppslag() {
    }

    /** The norms for the request, or the refusal; {@code kravFordelning} where the kommun's own figures are needed. */
    static Utfall<Normlage> hitta(String kommunnamn, YearMonth manad, Normbok normbok, Regelbok regelbok,
                                  boolean kravFordelning) {
        Optional<Kommun> kommun = normbok.kommun(kommunnamn);
        if (kommun.isEmpty()) {
            return avvisat(Feltyp.OKAND_KOMMUN, "kommun", "Ingen av tjänstens " + normbok.kommuner().size()
                    + " kommuner heter eller har koden '" + kommunnamn + "'. En kommun anges med id, kommunkod eller namn, "
                    + "t.ex. stockholm, 0180 eller Stockholm.");
        }
        Optional<Riksnorm> riksnorm = normbok.riksnormFor(manad);
        if (riksnorm.isEmpty()) {
            return avvisat(Feltyp.NORM_SAKNAS, "period", "Det finns ingen riksnorm för " + manad + ". Riksnorm finns för "
                    + normbok.riksnormer().stream().map(r -> Integer.toString(r.ar())).collect(Collectors.joining(", ")) + ".");
        }
        Optional<Regelverk> regler = regelbok.forManad(manad);
        if (regler.isEmpty()) {
            return avvisat(Feltyp.NORM_SAKNAS, "period", "Det finns inga beräkningsregler för " + manad
                    + " i tjänsten: ett nytt års regler måste läggas in innan det kan beräknas.");
        }
        var fordelning = normbok.fordelning(kommun.get(), riksnorm.get().ar());
        if (kravFordelning && fordelning.isEmpty()) {
            return avvisat(Feltyp.NORM_SAKNAS, "period", kommun.get().namn() + " har ingen fördelning av riksnormen för "
                    + riksnorm.get().ar() + ", och därmed ingen matnorm eller umgängesnorm det året.");
        }
        return new Utfall.Beraknat<>(new Normlage(kommun.get(), riksnorm.get(), fordelning.orElse(null), regler.get()));
    }

    private static <T> Utfall<T> avvisat(Feltyp typ, String falt, String meddelande) {
        return new Utfall.Avvisat<>(List.of(new Fel(typ, falt, meddelande)));
    }
}
