package se.riksnorm.normfiles;

import java.util.List;
import java.util.Map;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.regler.Regelparametrar;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Umgangesregel;

/**
 * Everything read from a norms directory, and every file that could not be read.
 *
 * @param umgangesregler each kommun's rule for proposing umgängesnorm, where its kommun.yaml names one
 * @param regler the law by month ({@code regler/lagrum.yaml}, {@code regler/parametrar.yaml}); empty where they are
 *               missing or could not be read (then no month can be calculated, and {@code fel} says why)
 * @param reglerFiler the rule files read, for the load report
 */
public record Normfiler(
        Map<String, Kalla> kallor,
        List<Normfil<Kommun>> kommuner,
        List<Normfil<Riksnorm>> riksnormer,
        List<Normfil<Fordelning>> fordelningar,
        List<NormFileException> fel,
        Map<String, Umgangesregel> umgangesregler,
        Regelparametrar regler,
        List<String> reglerFiler) {
}
