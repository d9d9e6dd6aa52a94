package se.riksnorm.normfiles;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * @param kommunlista SCB's list of every kommun ({@code kommuner.yaml}), or {@code null} where the folder has none
 * @param kommuner the kommuner with a folder of their own ({@code kommuner/<id>/kommun.yaml}): their choices
 * @param umgangesregler each kommun's rule for proposing umgängesnorm, where its kommun.yaml names one
 * @param regler the law by month ({@code regler/lagrum.yaml}, {@code regler/parametrar.yaml}); empty where they are
 *               missing or could not be read (then no month can be calculated, and {@code fel} says why)
 * @param reglerFiler the rule files read, for the load report
 */
public record NormFiles(
        Map<String, Kalla> kallor,
        NormFile<List<Kommun>> kommunlista,
        List<NormFile<Kommun>> kommuner,
        List<NormFile<Riksnorm>> riksnormer,
        List<NormFile<Fordelning>> fordelningar,
        List<NormFileException> fel,
        Map<String, Umgangesregel> umgangesregler,
        Regelparametrar regler,
        List<String> reglerFiler) {

    /** Every kommun: the list's, with the choices of those that have a kommun.yaml, and those only a kommun.yaml names. */
    public List<Kommun> allaKommuner() {
        Map<String, Kommun> alla = new LinkedHashMap<>();
        if (kommunlista != null) {
            kommunlista.innehall().forEach(kommun -> alla.put(kommun.id(), kommun));
        }
        kommuner.forEach(fil -> alla.put(fil.innehall().id(), fil.innehall()));
        return new ArrayList<>(alla.values());
    }
}
