package se.riksnorm.domain.berakning;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;

/**
 * The refusals about a request's money, checked once over the whole request so that each names the field as sent
 * ({@code inkomster[3].jobbstimulans}): amounts, who earns an income, a child's earnings, and the reductions, each
 * against the law of its own month.
 */
final class Ekonomikontroll {


    private Ekonomikontroll() {
    }

    static List<Fel> kontrollera(Forfragan forfragan, Map<YearMonth, Normlage> lagen, Regelbok regelbok) {
        List<Fel> fel = new ArrayList<>();
        for (int i = 0; i < forfragan.kostnader().size(); i++) {
            belopp(forfragan.kostnader().get(i).belopp(), "kostnader", i, fel);
        }
        for (int i = 0; i < forfragan.inkomster().size(); i++) {
            Inkomst inkomst = forfragan.inkomster().get(i);
            belopp(inkomst.belopp(), "inkomster", i, fel);
            if (inkomst.jobbstimulans() && !inkomst.typ().arForvarvsinkomst()) {
                fel.add(ogiltig("inkomster[" + i + "].jobbstimulans", "Jobbstimulans gäller inkomst av arbete (LON), inte "
                        + inkomst.typ().benamning().toLowerCase(Locale.ROOT) + "."));
            }
            if (inkomst.medlem() != null && !harId(forfragan.medlemmar(), inkomst.medlem())) {
                fel.add(ogiltig("inkomster[" + i + "].medlem", "Ingen person i beräkningen har id '" + inkomst.medlem() + "'."));
            }
        }
        for (int j = 0; j < forfragan.medlemmar().size(); j++) {
            barnsArbetsinkomster(forfragan, j, lagen, fel);
        }
        for (int i = 0; i < forfragan.nedsattningar().size(); i++) {
            Nedsattning nedsattning = forfragan.nedsattningar().get(i);
            String falt = "nedsattningar[" + i + "]";
            if (nedsattning.belopp().isZero()) {
                fel.add(ogiltig(falt + ".belopp", "En nedsättning är större än 0 kr."));
            }
            belopp(nedsattning.belopp(), "nedsattningar", i, fel);
            YearMonth manad = Periodindelning.manad(nedsattning, Nedsattning::manad, forfragan.period());
            Normlage lage = lagen.get(manad);
            Lagrum lagrum = nedsattning.grund().lagrum();
            if (lage != null && lage.regler().lagrum(lagrum).isEmpty()) {
                String fran = regelbok.parametrar().lagrum().containsKey(lagrum)
                        ? " Den gäller från " + regelbok.parametrar().lagrum().get(lagrum).varden().get(0).fran() + "." : "";
                fel.add(ogiltig(falt + ".grund", "Det finns inget lagrum för nedsättning på grund av "
                        + nedsattning.grund().benamning() + " i " + manad + " (norms/regler/lagrum.yaml: " + lagrum.nyckel() + ")." + fran));
            }
        }
        return fel;
    }

    /**
     * A child's earnings from work count only above a prisbasbelopp a year (lagrum barns_arbetsinkomster), and never get
     * jobbstimulans. An 18-year-old is a "barn" for the rule only in school, so the request must say whether they are.
     */
    private static void barnsArbetsinkomster(Forfragan forfragan, int j, Map<YearMonth, Normlage> lagen, List<Fel> fel) {
        Medlem medlem = forfragan.medlemmar().get(j);
        boolean barn = medlem.roll() == Roll.BARN || medlem.roll() == Roll.HEMMAVARANDE_SKOLUNGDOM;
        if (!barn && medlem.arbetsinkomstTidigareIAr() == null) {
            return; // nothing below applies to an adult who states no earlier earnings
        }
        if (medlem.arbetsinkomstTidigareIAr() != null) {
            if (!barn) {
                fel.add(ogiltig("medlemmar[" + j + "].arbetsinkomstTidigareIAr", "Tidigare arbetsinkomst i år anges för ett "
                        + "barn eller en hemmavarande skolungdom, vars arbetsinkomst räknas först över ett prisbasbelopp om året; inte för "
                        + medlem.roll().benamning() + "."));
            }
            belopp(medlem.arbetsinkomstTidigareIAr(), "medlemmar[" + j + "].arbetsinkomstTidigareIAr", fel);
        }
        if (medlem.roll() == Roll.HEMMAVARANDE_SKOLUNGDOM && Boolean.FALSE.equals(medlem.skolgang())) {
            fel.add(ogiltig("medlemmar[" + j + "].skolgang", "En hemmavarande skolungdom går i skolan; utan skolgång räknas "
                    + "hen som hemmavarande vuxet barn."));
        }
        if (!barn) {
            return;
        }
        boolean skolgangBehovs = false;
        for (int i = 0; i < forfragan.inkomster().size(); i++) {
            Inkomst inkomst = forfragan.inkomster().get(i);
            if (!medlem.id().equals(inkomst.medlem()) || !inkomst.typ().arForvarvsinkomst()) {
                continue;
            }
            YearMonth manad = Periodindelning.manad(inkomst, Inkomst::manad, forfragan.period());
            Normlage lage = lagen.get(manad);
            if (lage == null) {
                continue;
            }
            int alder = Kolumnval.alder(medlem, manad, lage.kommun().berakning().aldersbyte());
            boolean iSkolan = medlem.roll() == Roll.HEMMAVARANDE_SKOLUNGDOM || Boolean.TRUE.equals(medlem.skolgang());
            if (alder >= Kolumnval.MYNDIG && medlem.skolgang() == null && medlem.roll() == Roll.BARN) {
                skolgangBehovs = true;
            }
            if (inkomst.jobbstimulans() && (alder < Kolumnval.MYNDIG || iSkolan)) {
                fel.add(ogiltig("inkomster[" + i + "].jobbstimulans", "Jobbstimulans gäller inte ett hemmavarande barns "
                        + "arbetsinkomst (" + lagrum(lage, Lagrum.JOBBSTIMULANS) + "); den räknas i stället bara till den del den "
                        + "överstiger ett prisbasbelopp om året (" + lagrum(lage, Lagrum.BARNS_ARBETSINKOMSTER) + ")."));
            }
        }
        if (skolgangBehovs) {
            fel.add(ogiltig("medlemmar[" + j + "].skolgang", medlem.id() + " är 18 år och har arbetsinkomst: ange skolgang (true "
                    + "om hen går i grundskola, gymnasieskola eller jämförlig utbildning). Bara då räknas inkomsten först över ett "
                    + "prisbasbelopp."));
        }
    }

    private static String lagrum(Normlage lage, Lagrum regel) {
        return lage.regler().lagrum(regel).map(Periodvarde::varde).map(Lagrumstext::lagrum).orElse(regel.nyckel());
    }

    /** An amount of the {@code i}th item of {@code lista}; the field's name is written only for a refusal (a batch checks millions). */
    private static void belopp(Kronor belopp, String lista, int i, List<Fel> fel) {
        if (!rimligt(belopp)) {
            belopp(belopp, lista + "[" + i + "].belopp", fel);
        }
    }

    private static boolean rimligt(Kronor belopp) {
        return !belopp.isNegative() && belopp.compareTo(Forfragningskontroll.STORSTA_BELOPP) <= 0;
    }

    private static void belopp(Kronor belopp, String falt, List<Fel> fel) {
        if (belopp.isNegative()) {
            fel.add(ogiltig(falt, "Ett belopp kan inte vara negativt."));
        } else if (!rimligt(belopp)) {
            fel.add(ogiltig(falt, "Beloppet " + belopp.svenskText() + " är orimligt stort för en månad."));
        }
    }

    private static boolean harId(List<Medlem> medlemmar, String id) {
        for (Medlem medlem : medlemmar) {
            if (medlem.id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    private static Fel ogiltig(String falt, String meddelande) {
        return new Fel(Feltyp.OGILTIG_UPPGIFT, falt, meddelande);
    }
}
