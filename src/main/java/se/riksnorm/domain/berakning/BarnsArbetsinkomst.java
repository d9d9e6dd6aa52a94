package se.riksnorm.domain.berakning;

import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;

/**
 * A hemmavarande child's earnings from work count only for the part of the calendar year's earnings above one
 * prisbasbelopp (lagrum barns_arbetsinkomster, docs/adr/0091): counted this month = max(0, E + M − P) − max(0, E − P),
 * E earned earlier in the year, M this month, P the year's prisbasbelopp. The line is the part not counted.
 */
final class BarnsArbetsinkomst {

    private BarnsArbetsinkomst() {
    }

    static Rad rad(Medlem barn, Kronor manadens, int ar, Normbelopp prisbasbelopp, Periodvarde<Lagrumstext> lagrum) {
        Kronor tidigare = barn.tidigareArbetsinkomst();
        Kronor hittills = tidigare.plus(manadens);
        Kronor grans = prisbasbelopp.kronor();
        Kronor raknas = overstigande(hittills, grans).minus(overstigande(tidigare, grans));
        Kronor raknasInte = manadens.minus(raknas);
        String pbb = "prisbasbeloppet " + ar + " " + Beloppstext.kr(grans);
        Regeltext regel = raknas.isZero()
                ? Regeltext.av("Intjänat tidigare i år ", tidigare, " + ", manadens, " = ", hittills, ", inom " + pbb + ": ",
                        raknasInte, " räknas inte som inkomst")
                : Regeltext.av("Intjänat tidigare i år ", tidigare, " + ", manadens, " = ", hittills, ", över " + pbb + " med ",
                        overstigande(hittills, grans), ": ", raknas, " räknas, ", raknasInte, " räknas inte som inkomst");
        return new Rad(Radtyp.BARNS_ARBETSINKOMST, barn.id(), null, Radtyp.BARNS_ARBETSINKOMST.benamning(), raknasInte, regel,
                List.of(Grunder.lagrum(lagrum), Grunder.belopp("Prisbasbelopp " + ar + " " + Beloppstext.kr(grans), prisbasbelopp),
                        Grunder.uppgift("intjänat tidigare i år " + Beloppstext.kr(tidigare))), List.of());
    }

    private static Kronor overstigande(Kronor belopp, Kronor grans) {
        return belopp.compareTo(grans) > 0 ? belopp.minus(grans) : Kronor.NOLL;
    }
}
