package se.riksnorm.sidor;

import se.riksnorm.domain.fordelning.Beslut;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import se.riksnorm.domain.belopp.Kronor;

/**
 * Numbers and dates as the pages write them, in Swedish: "1 234 kr" with a no-break space (U+00A0) between the
 * thousands and before "kr", so a figure never breaks over two lines; a real minus sign; "7 december 2023".
 */
public final class Sidformat {

    private static final char NBSP = '\u00A0';
    private static final Locale SV = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("d MMMM yyyy", SV);
    private static final DateTimeFormatter MANAD = DateTimeFormatter.ofPattern("LLLL yyyy", SV);
    private static final DateTimeFormatter TID = DateTimeFormatter.ofPattern("d MMM yyyy 'kl.' HH:mm", SV)
            .withZone(ZoneId.of("Europe/Stockholm"));

    private Sidformat() {
    }

    /** "1 234 kr". */
    public static String kr(long kronor) {
        return Kronor.of(kronor).svenskText().replace(' ', NBSP);
    }

    /** "1 234", no unit: a table's cell. */
    public static String tal(long kronor) {
        String text = kr(kronor);
        return text.substring(0, text.length() - 3);
    }

    /** "+6 kr", "−34 kr", "0 kr": a difference. */
    public static String skillnad(long kronor) {
        return (kronor > 0 ? "+" : "") + kr(kronor);
    }

    /** A decision in words: "Socialnämnden 8 december 2022, § 112, Dnr SN22/37" (the parts it has). */
    public static String beslut(Beslut b) {
        return b.namnd() + (b.datum() == null ? "" : " " + datum(b.datum().toString())) + (b.paragraf() == null ? "" : ", " + b.paragraf())
                + (b.diarienummer() == null ? "" : ", Dnr " + b.diarienummer());
    }

    /** An ISO date ("2023-12-07") as "7 december 2023"; anything else as given. */
    public static String datum(String iso) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            return DATUM.format(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A month ("2023-01") as "januari 2023"; anything else as given. */
    public static String manad(String iso) {
        try {
            return MANAD.format(java.time.YearMonth.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** An instant ("2026-12-03T09:15:00Z") in Swedish time: "3 dec. 2026 kl. 10:15". */
    public static String tid(String iso) {
        try {
            return TID.format(Instant.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** A percentage as "8,7 %". */
    public static String procent(String procent) {
        return procent == null ? "" : procent.replace('.', ',').replace('-', '\u2212') + NBSP + "%";
    }
}
