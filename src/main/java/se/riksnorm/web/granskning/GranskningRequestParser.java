package se.riksnorm.web.granskning;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import se.riksnorm.web.problem.Problems;

/** The audit log's filters and page from the query, each refused by its field (the administrator's page reads its days here too). */
public final class GranskningRequestParser {

    static final int STORSTA_SIDA = 500;
    private static final int STANDARDSTORLEK = 100;
    private static final int SISTA_SIDAN = 1_000_000;

    private GranskningRequestParser() {
    }

    /** The page, from 0. */
    static int sida(Integer sida) {
        int s = sida == null ? 0 : sida;
        if (s < 0 || s > SISTA_SIDAN) {
            throw Problems.ogiltigtVarde("sida", Integer.toString(s), "sida är 0 eller mer.");
        }
        return s;
    }

    /** Entries per page, 1 to {@link #STORSTA_SIDA}. */
    static int storlek(Integer storlek) {
        int n = storlek == null ? STANDARDSTORLEK : storlek;
        if (n < 1 || n > STORSTA_SIDA) {
            throw Problems.ogiltigtVarde("storlek", Integer.toString(n), "storlek är 1–" + STORSTA_SIDA + ".");
        }
        return n;
    }

    /** From the start of the day {@code fran} (UTC); without it, from the first entry. */
    public static Instant fran(String fran) {
        return fran == null ? Instant.EPOCH : dag("fran", fran).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** To the end of the day {@code till} (UTC); without it, up to now. */
    public static Instant till(String till) {
        return till == null ? Instant.now().plusSeconds(1)
                : dag("till", till).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
    }

    private static LocalDate dag(String falt, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde(falt, text, "'" + text + "' är inte en dag på formen ÅÅÅÅ-MM-DD.");
        }
    }
}
