package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.regler.Riksnormsgrund;
import se.riksnorm.domain.riksnorm.Riksnorm;

/** Finds the norms in force for a kommun and month, or says precisely what is missing. */
final class Normuppslag {

    private Normuppslag() {
    }

    /** The norms for the request, or the refusal; {@code kravFordelning} where the kommun's own figures are needed. */
    static Utfall<Normlage> hitta(String kommunnamn, YearMonth manad, Normbok normbok, Regelbok regelbok,
                                  boolean kravFordelning) {
        return kommun(kommunnamn, normbok).flatMap(kommun -> hitta(kommun, manad, normbok, regelbok, kravFordelning));
    }

    static Utfall<Kommun> kommun(String kommunnamn, Normbok normbok) {
        Optional<Kommun> kommun = normbok.kommun(kommunnamn);
        if (kommun.isEmpty()) {
            return avvisat(Feltyp.OKAND_KOMMUN, "kommun", "Ingen av tjänstens " + normbok.kommuner().size()
                    + " kommuner heter eller har koden '" + kommunnamn + "'. En kommun anges med id, kommunkod eller namn, "
                    + "t.ex. stockholm, 0180 eller Stockholm.");
        }
        return Utfall.beraknat(kommun.get());
    }

    /** The norms of one month for a kommun already found. */
    static Utfall<Normlage> hitta(Kommun kommun, YearMonth manad, Normbok normbok, Regelbok regelbok, boolean kravFordelning) {
        Optional<Riksnorm> riksnorm = normbok.riksnormFor(manad);
        if (riksnorm.isEmpty()) {
            String grund = regelbok.regler(manad).riksnormensGrund().filter(g -> g.varde() == Riksnormsgrund.REFERENSVARDE)
                    .map(g -> " Från " + g.fran() + " fastställs riksnormen ur ett referensvärde (" + g.kalla().referens()
                            + "): årets tabell matas in när regeringen beslutat den, preliminär eller fastställd "
                            + "(PUT /api/v1/riksnormer/" + manad.getYear() + " eller norms/riksnorm/" + manad.getYear() + ".yaml).")
                    .orElse("");
            return avvisat(Feltyp.NORM_SAKNAS, "period", "Det finns ingen riksnorm för " + manad + ". Riksnorm finns för "
                    + normbok.riksnormer().stream().map(r -> Integer.toString(r.ar())).collect(Collectors.joining(", ")) + "." + grund);
        }
        List<String> saknas = regelbok.saknas(manad);
        if (!saknas.isEmpty()) {
            return avvisat(Feltyp.NORM_SAKNAS, "period", "Reglerna för " + manad + " är inte kompletta i tjänsten: "
                    + String.join(", ", saknas) + " saknas.");
        }
        var fordelning = normbok.fordelning(kommun, riksnorm.get().ar());
        if (kravFordelning && fordelning.isEmpty()) {
            return avvisat(Feltyp.NORM_SAKNAS, "period", kommun.namn() + " har ingen fördelning av riksnormen för "
                    + riksnorm.get().ar() + ", och därmed ingen matnorm eller umgängesnorm det året.");
        }
        return Utfall.beraknat(new Normlage(kommun, riksnorm.get(), fordelning.orElse(null),
                regelbok.forManad(manad).orElseThrow(), regelbok.regler(manad)));
    }

    private static <T> Utfall<T> avvisat(Feltyp typ, String falt, String meddelande) {
        return new Utfall.Avvisat<>(List.of(new Fel(typ, falt, meddelande)));
    }
}
