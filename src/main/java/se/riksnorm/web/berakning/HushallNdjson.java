package se.riksnorm.web.berakning;

import io.micronaut.core.type.Argument;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import se.riksnorm.app.budget.HushallReader;
import se.riksnorm.app.budget.Hushallsrad;
import se.riksnorm.app.budget.Underlagsrader;
import se.riksnorm.app.budget.Underlagsgranser;
import se.riksnorm.app.budget.Underlagsvagran;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.berakning.Fel;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.budget.Budgethushall;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.http.StriktJson;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;

/**
 * A caseload in the batch's format (docs/adr/0121): one household per line, each read exactly as the batch reads it
 * (strict JSON, by the batch's fast reader where the line is plain, docs/adr/0125; then {@link RequestParser}), for one
 * month of the kommun. The line's month is when the household is described: a birth
 * date becomes the age in that month, held in every month the versions calculate; its costs and incomes are each
 * month's. A household's id is its line number ("rad 17"). Reductions are a handläggare's decision for a month and are
 * not carried into another year: a line with one is refused.
 */
public final class HushallNdjson implements HushallReader {

    private static final Argument<ForsorjningsstodRequest> FORSORJNINGSSTOD = Argument.of(ForsorjningsstodRequest.class);

    private final Underlagsrader lasare;
    private final StriktJson json;
    private final Kommun kommun;
    private final Normbok normbok;
    private final Underlagsgranser granser;
    private long rader;

    /** @param normbok where a line's kommun is looked up, so that a line names this kommun by any of its names and no other */
    public HushallNdjson(InputStream in, StriktJson json, Kommun kommun, Normbok normbok, Underlagsgranser granser) {
        this.lasare = new Underlagsrader(in, granser.storstaRad(), granser.storstaFil());
        this.json = json;
        this.kommun = kommun;
        this.normbok = normbok;
        this.granser = granser;
    }

    @Override
    public Hushallsrad nasta() {
        while (true) {
            String rad = lasare.nasta();
            if (rad == null) {
                if (rader == 0) {
                    throw new Underlagsvagran(Underlagsvagran.Orsak.OGILTIGT_UNDERLAG, null, null,
                            "Underlaget är tomt: skicka ett hushåll per rad i batchens format (NDJSON).");
                }
                return null;
            }
            if (rad != Underlagsrader.FOR_LANG && rad.isBlank()) {
                continue;
            }
            if (++rader > granser.storstaAntalRader()) {
                throw new Underlagsvagran(Underlagsvagran.Orsak.FOR_STORT, null, null, "Underlaget har fler än "
                        + granser.storstaAntalRader() + " rader.");
            }
            return hushall(lasare.radnummer(), rad);
        }
    }

    private Hushallsrad hushall(long nummer, String rad) {
        String id = "rad " + nummer;
        if (rad == Underlagsrader.FOR_LANG) {
            return fel(nummer, id, "rad", "Rad " + nummer + " är längre än " + granser.storstaRad() + " byte.");
        }
        Forfragan fraga;
        try {
            byte[] bytes = rad.getBytes(StandardCharsets.UTF_8);
            ForsorjningsstodRequest request = ForsorjningsstodJson.las(bytes);
            if (request == null) {
                request = json.las(bytes, FORSORJNINGSSTOD);
            }
            if (request == null) {
                return fel(nummer, id, "rad", "Rad " + nummer + " är null, inte ett hushåll.");
            }
            fraga = RequestParser.forsorjningsstod(request);
        } catch (ProblemException e) {
            List<Fel> fel = new ArrayList<>();
            ProblemDetail p = e.problem();
            if (p.fel() == null || p.fel().isEmpty()) {
                fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, p.falt(), "Rad " + nummer + ": " + p.detail()));
            } else {
                p.fel().forEach(f -> fel.add(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, f.falt(), "Rad " + nummer + ", " + f.falt() + ": "
                        + f.meddelande())));
            }
            return Hushallsrad.fel(nummer, id, fel);
        }
        if (!normbok.kommun(fraga.kommun()).map(Kommun::id).filter(kommun.id()::equals).isPresent()) {
            return fel(nummer, id, "kommun", "Rad " + nummer + " gäller " + fraga.kommun() + ", inte " + kommun.namn() + ".");
        }
        if (!fraga.period().arInomEnManad()) {
            return fel(nummer, id, "manad", "Rad " + nummer + " gäller en period över flera månader; en rad i underlaget är en månad.");
        }
        if (!fraga.nedsattningar().isEmpty()) {
            return fel(nummer, id, "nedsattningar", "Rad " + nummer + " har en nedsättning: den är ett beslut för en månad och "
                    + "räknas inte in i en jämförelse mellan år. Ta bort den.");
        }
        YearMonth manad = fraga.period().manad();
        List<Medlem> medlemmar = new ArrayList<>(fraga.medlemmar().size());
        for (Medlem m : fraga.medlemmar()) {
            Integer alder = m.fodelsedatum() == null ? m.alder() : Integer.valueOf(kommun.berakning().aldersbyte().alderFor(m.fodelsedatum(), manad));
            medlemmar.add(new Medlem(m.id(), null, alder, m.roll(), m.dagar(), m.lunchIForskolan(), m.skolgang(),
                    m.arbetsinkomstTidigareIAr(), null));
        }
        List<Kostnad> kostnader = fraga.kostnader().stream().map(k -> new Kostnad(k.typ(), k.belopp(), k.beskrivning())).toList();
        List<Inkomst> inkomster = fraga.inkomster().stream()
                .map(i -> new Inkomst(i.typ(), i.belopp(), i.medlem(), i.jobbstimulans(), i.beskrivning())).toList();
        return Hushallsrad.hushall(new Budgethushall(id, nummer, medlemmar, fraga.ovrigaIHushallet(), kostnader, inkomster));
    }

    private static Hushallsrad fel(long nummer, String id, String falt, String meddelande) {
        return Hushallsrad.fel(nummer, id, List.of(new Fel(Fel.Feltyp.OGILTIG_UPPGIFT, falt, meddelande)));
    }

    @Override
    public long rader() {
        return rader;
    }

    @Override
    public void close() {
        lasare.stang();
    }
}
