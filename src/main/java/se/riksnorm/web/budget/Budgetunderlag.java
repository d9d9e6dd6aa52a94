package se.riksnorm.web.budget;

import io.micronaut.json.JsonMapper;
import se.riksnorm.web.http.StriktJson;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.riksnorm.app.budget.BudgetService;
import se.riksnorm.app.budget.HushallCsv;
import se.riksnorm.app.budget.HushallReader;
import se.riksnorm.app.budget.Underlagsgranser;
import se.riksnorm.app.budget.Underlagsvagran;
import se.riksnorm.app.budget.Versionsvagran;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.web.berakning.HushallNdjson;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.sakerhet.Atgard;
import se.riksnorm.web.sakerhet.Behorighet;

/**
 * An uploaded caseload calculated, for the API and for a web page: finds the kommun, reads the upload as CSV or
 * NDJSON, calculates it with {@link BudgetService} and words every refusal as its problem.
 */
@Singleton
public class Budgetunderlag {

    private final BudgetService tjanst;
    private final Normregister register;
    private final JsonMapper json;
    private final StriktJson strikt;

    Budgetunderlag(BudgetService tjanst, Normregister register, JsonMapper json, StriktJson strikt) {
        this.tjanst = tjanst;
        this.register = register;
        this.json = json;
        this.strikt = strikt;
    }

    /** The domain's answer and what it needs for documents. */
    public record Resultat(Kommun kommun, Budgetpaverkan paverkan, long rader) {
    }

    BudgetpaverkanResponse berakna(String kommun, InputStream hushall, boolean ndjson, Budgetfragan fraga, Behorighet behorighet) {
        Resultat resultat = beraknaDomanen(kommun, hushall, ndjson, fraga, behorighet);
        return BudgetResponses.svar(resultat.kommun(), resultat.paverkan(), fraga.per(), resultat.rader());
    }

    /**
     * The caseload under the two versions.
     *
     * @param fore a version as written: {@code 2023}, {@code 2024:forslag-1}, {@code 2027:riksnorm}
     * @param manader {@code 1} … {@code 1-12}, or {@code null} for January
     * @param per the caseload's month ÅÅÅÅ-MM, or {@code null} for the current month
     * @param behorighet who asks: only a login that acts for the kommun (403 otherwise, before the upload is read)
     */
    public Resultat berakna(String kommun, InputStream hushall, boolean ndjson, String fore, String efter, String manader,
                            String per, int antalStorsta, Behorighet behorighet) {
        return beraknaDomanen(kommun, hushall, ndjson, Budgetfragan.tolka(fore, efter, manader, per, antalStorsta), behorighet);
    }

    Resultat beraknaDomanen(String kommun, InputStream hushall, boolean ndjson, Budgetfragan fraga, Behorighet behorighet) {
        Normbok normbok = register.aktuell();
        Kommun hittad = Kommunuppslag.hitta(kommun, normbok);
        // a kommun's caseload and its proposals are its own (docs/adr/0052), as for every kommun-bound endpoint
        behorighet.kravFor(hittad, Atgard.RAKNA_BUDGETPAVERKAN);
        try {
            Budgetberakning berakning = tjanst.forbered(hittad, fraga.fore(), fraga.efter(), fraga.manader());
            HushallReader lasare = ndjson ? new HushallNdjson(hushall, strikt, hittad, normbok, Underlagsgranser.STANDARD)
                    : new HushallCsv(hushall, Underlagsgranser.STANDARD, fraga.per(), hittad.berakning().aldersbyte());
            Budgetpaverkan paverkan = tjanst.berakna(berakning, lasare, fraga.antalStorsta());
            return new Resultat(hittad, paverkan, lasare.rader());
        } catch (Underlagsvagran e) {
            throw BudgetProblems.underlag(e);
        } catch (Versionsvagran e) {
            throw BudgetProblems.version(e);
        }
    }

    byte[] json(Object varde) {
        try {
            return json.writeValueAsBytes(varde);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
