package se.riksnorm.domain.upprakning;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.riksnorm.Upprakning;

/**
 * Next year's national totals proposed from a stored year: every amount × (1 + p), rounded up to the next
 * 10 kr. That rule reproduces every cell of 2023, 2024 and 2025 from the year before (docs/kallor.md);
 * 2021 and 2022 each have one cell it misses, so the result is only a proposal: {@link Riksnormstatus#PRELIMINAR},
 * every cell citing a {@link Tillforlitlighet#HARLEDD} source that names the base year and the percentage,
 * until the published table is entered.
 *
 * <p>Households of more than seven persons are not raised on their own: SoF 2 kap. 1 § adds G7 − G6 of the
 * new table per extra person ({@link Riksnorm#gemensamma(int)}), e.g. 2023: 2 510 + 180 = 2 690 for eight.
 */
public final class RiksnormUpprakning {

    /** The rounding the government's tables have followed since 2023. */
    public static final Avrundning AVRUNDNING = Avrundning.UPPAT_TILL_TIOTAL;

    private RiksnormUpprakning() {
    }

    public static Riksnorm foresla(Riksnorm bas, Procentsats procent) {
        return uppraknad(bas, procent, kalla(bas.ar(), procent));
    }

    /**
     * The same arithmetic for a year whose riksnorm is set from a referensvärde, not by uppräkning (from 2027,
     * prop. 2025/26:201): a what-if only, which its source says in every cell, and which is never stored.
     *
     * @param grund the law that sets the year's riksnorm otherwise, e.g. "Prop. 2025/26:201"
     */
    public static Riksnorm raknaexempel(Riksnorm bas, Procentsats procent, String grund) {
        int ar = bas.ar() + 1;
        return uppraknad(bas, procent, new Kalla("raknaexempel-" + ar + "-fran-" + bas.ar() + "-" + procent.nyckel(),
                "Räkneexempel, inte ett förslag: riksnorm " + bas.ar() + " × (1 + " + procent.svenskText() + "), avrundat uppåt till "
                        + "tiotal. Riksnormen " + ar + " fastställs ur ett referensvärde (" + grund + ") och följer inte förra årets "
                        + "belopp; den matas in som regeringen beslutar den", Tillforlitlighet.HARLEDD, grund));
    }

    private static Riksnorm uppraknad(Riksnorm bas, Procentsats procent, Kalla kalla) {
        int ar = bas.ar() + 1;
        Map<Aldersgrupp, Normbelopp> personliga = new EnumMap<>(Aldersgrupp.class);
        bas.personligaKostnader().forEach((grupp, belopp) -> personliga.put(grupp, uppraknat(belopp, procent, kalla)));
        TreeMap<Integer, Normbelopp> gemensamma = new TreeMap<>();
        bas.gemensammaKostnader().forEach((antal, belopp) -> gemensamma.put(antal, uppraknat(belopp, procent, kalla)));
        Map<Aldersgrupp, Normbelopp> ejLunch = new EnumMap<>(Aldersgrupp.class);
        bas.ejLunch().forEach((grupp, belopp) -> ejLunch.put(grupp, uppraknat(belopp, procent, kalla)));
        return new Riksnorm(ar, Giltighet.helaAret(ar), Riksnormstatus.PRELIMINAR, personliga, gemensamma,
                bas.storreHushallKalla(), ejLunch, new Upprakning(procent.procent(), AVRUNDNING, kalla));
    }

    /** belopp × (100 + p) / 100, rounded up to the next ten in one exact step. */
    public static Kronor uppraknat(Kronor belopp, Procentsats procent) {
        return AVRUNDNING.avrundaKvot(belopp.toBigDecimal().multiply(procent.hundraPlus()), Procentsats.HUNDRA);
    }

    /**
     * The source every proposed cell cites: derived, from which year, by which percentage. Its id is unique
     * per base year and percentage, so a new proposal never renames the source of an older one.
     */
    public static Kalla kalla(int basar, Procentsats procent) {
        int ar = basar + 1;
        return new Kalla("upprakning-" + ar + "-fran-" + basar + "-" + procent.nyckel(),
                "Förslag: riksnorm " + basar + " × (1 + " + procent.svenskText() + "), varje belopp avrundat uppåt till "
                        + "tiotal; härlett tills den publicerade tabellen för " + ar + " matas in",
                Tillforlitlighet.HARLEDD, "SoF 2 kap. 1 §");
    }

    private static Normbelopp uppraknat(Normbelopp belopp, Procentsats procent, Kalla kalla) {
        return new Normbelopp(uppraknat(belopp.kronor(), procent), kalla);
    }
}
