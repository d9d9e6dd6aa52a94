package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;

/**
 * A rule as it applied in the month calculated: which statute and paragraph, since when, how sure.
 *
 * @param regel the rule's key in norms/regler/lagrum.yaml, e.g. "jobbstimulans"
 * @param lagrum e.g. "Socialtjänstlagen (2025:400) 12 kap. 8 §"
 * @param status BESLUTAD, or PRELIMINAR where the published text is not yet seen
 */
public record Lagrumshanvisning(String regel, String lagrum, String innehall, YearMonth giltigFran, String status, String kalla) {

    static Lagrumshanvisning av(Lagrum regel, Periodvarde<Lagrumstext> version) {
        return new Lagrumshanvisning(regel.nyckel(), version.varde().lagrum(), version.varde().innehall(), version.fran(),
                version.status().name(), version.kalla().id());
    }
}
