package se.riksnorm.domain.berakning;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Kronor;

/**
 * A person in the calculation. No personnummer: a label, a birth date (or an age where the date is not
 * known) and a role are all the rules need.
 *
 * @param id a label of the caller's choosing, shown on every line about this person (e.g. "barn 1")
 * @param fodelsedatum the birth date, or {@code null} where only the age is known
 * @param alder the age in whole years in the calculation month, used only without a birth date
 * @param dagar the days of the period the person is in the household (växelvis boende), or for an
 *              {@link Roll#UMGANGESBARN} the days of umgänge; {@code null} for the whole period
 * @param lunchIForskolan a child 0–6 år who eats lunch at förskola 5 days a week (the "ej lunch" amounts)
 * @param skolgang a child in grundskola, gymnasieskola or comparable schooling, where stated; it decides whether an
 *                 18-year-old's earnings are a skolungdom's (lagrum barns_arbetsinkomster); {@code null} if not stated
 * @param arbetsinkomstTidigareIAr a child's earnings from work earlier in the calendar year, before the period;
 *                                 {@code null} for none stated (0)
 * @param dagarPerManad for a period over several months: the days of each month, as {@code dagar} is for one
 */
public record Medlem(String id, LocalDate fodelsedatum, Integer alder, Roll roll, Integer dagar, boolean lunchIForskolan,
                     Boolean skolgang, Kronor arbetsinkomstTidigareIAr, Map<YearMonth, Integer> dagarPerManad) {

    public Medlem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(roll, "roll");
        dagarPerManad = dagarPerManad == null || dagarPerManad.isEmpty() ? Map.of() : java.util.Collections.unmodifiableMap(
                new TreeMap<>(dagarPerManad));
    }

    public Medlem(String id, LocalDate fodelsedatum, Integer alder, Roll roll, Integer dagar, boolean lunchIForskolan) {
        this(id, fodelsedatum, alder, roll, dagar, lunchIForskolan, null, null, Map.of());
    }

    /** The earnings from work earlier in the year, 0 where none are stated. */
    public Kronor tidigareArbetsinkomst() {
        return arbetsinkomstTidigareIAr == null ? Kronor.NOLL : arbetsinkomstTidigareIAr;
    }

    /** This person in one month of the period: that month's days, and the earnings of the year up to that month. */
    Medlem iDelperiod(Integer dagarIManaden, Kronor tidigareIAr) {
        return new Medlem(id, fodelsedatum, alder, roll, dagarIManaden, lunchIForskolan, skolgang, tidigareIAr, Map.of());
    }
}
