package se.riksnorm.domain.budget;

import java.math.BigDecimal;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;

/**
 * What a caseload costs under two norm versions (docs/adr/0120): the totals per month and per year under each and
 * their difference, by household type, how many households get more, the same or less, the largest changes by
 * household id, and the rows that could not be counted, each with its row number.
 *
 * @param beraknade households calculated under both versions (only these are in the sums)
 * @param felaktiga households or rows that could not be calculated (never in the sums)
 * @param fel the first of the errors, in row order; {@code felaktiga} counts them all
 */
public record Budgetpaverkan(Versionsbeskrivning fore, Versionsbeskrivning efter, Manadsurval manader, long beraknade,
                             long felaktiga, long personer, Summa forsorjningsstod, Summa riksnorm, List<Typrad> perTyp,
                             long fler, long samma, long farre, List<Andring> storstaAndringar, List<Radfel> fel) {

    public Budgetpaverkan {
        perTyp = List.copyOf(perTyp);
        storstaAndringar = List.copyOf(storstaAndringar);
        fel = List.copyOf(fel);
    }

    /** A version as the answer names it. */
    public record Versionsbeskrivning(Normversion version, String benamning, String kalla, String period) {
    }

    /** A figure summed over the months calculated, and per month and per year. */
    public record Belopp(Kronor perManad, Kronor perAr, Kronor perioden) {
    }

    /**
     * Both versions' figures and the difference (efter − före).
     *
     * @param procent the difference in percent of före, one decimal, or {@code null} when före is 0
     */
    public record Summa(Belopp fore, Belopp efter, Belopp skillnad, BigDecimal procent) {
    }

    /** A household type: how many, and its försörjningsstöd under each version. */
    public record Typrad(Hushallstyp typ, long hushall, long personer, Summa forsorjningsstod) {
    }

    /** One of the largest changes: the household's id as given, never anything else about it. Per month. */
    public record Andring(String hushall, long rad, Hushallstyp typ, int personer, Kronor fore, Kronor efter, Kronor skillnad) {
    }

    /** A row or household that was not counted, and why. */
    public record Radfel(long rad, String hushall, String falt, String meddelande) {
    }
}
