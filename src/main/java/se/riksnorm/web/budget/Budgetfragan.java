package se.riksnorm.web.budget;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.riksnorm.domain.budget.Manadsurval;
import se.riksnorm.domain.budget.Normversion;
import se.riksnorm.domain.budget.Tabellval;
import se.riksnorm.web.problem.Problems;

/**
 * The query of a budget impact read into the domain's terms (docs/adr/0120): two versions ({@code 2023},
 * {@code 2023:beslutad}, {@code 2024:forslag-1}, {@code 2027:riksnorm}), the months that represent each year
 * ({@code 1}, {@code 1-12}), the caseload's month and how many of the largest changes to list.
 */
record Budgetfragan(Normversion fore, Normversion efter, Manadsurval manader, YearMonth per, int antalStorsta) {

    static final int STANDARD_STORSTA = 20;
    static final int MEST_STORSTA = 200;
    private static final Pattern VERSION = Pattern.compile("(\\d{4})(?::(beslutad|riksnorm|forslag-(\\d{1,18})))?");
    private static final Pattern MANADER = Pattern.compile("(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final ZoneId SVERIGE = ZoneId.of("Europe/Stockholm");

    static Budgetfragan tolka(String fore, String efter, String manader, String per, Integer storsta) {
        return new Budgetfragan(version("fore", fore), version("efter", efter), manader(manader), per(per), storsta(storsta));
    }

    static Normversion version(String falt, String text) {
        if (text == null || text.isBlank()) {
            throw Problems.ogiltigtVarde(falt, text, "Ange versionen som år och tabell: 2023 (kommunens beslutade), 2024:forslag-1 "
                    + "(ett förslag) eller 2027:riksnorm (riksnormen utan kommunens fördelning).");
        }
        Matcher m = VERSION.matcher(text.strip());
        if (!m.matches()) {
            throw Problems.ogiltigtVarde(falt, text, "'" + text + "' är ingen version: skriv 2023, 2023:beslutad, 2024:forslag-1 "
                    + "eller 2027:riksnorm.");
        }
        int ar = Integer.parseInt(m.group(1));
        if (m.group(2) == null || m.group(2).equals("beslutad")) {
            return new Normversion(ar, Tabellval.BESLUTAD, null);
        }
        if (m.group(2).equals("riksnorm")) {
            return new Normversion(ar, Tabellval.RIKSNORM, null);
        }
        return new Normversion(ar, Tabellval.FORSLAG, Long.parseLong(m.group(3)));
    }

    private static Manadsurval manader(String text) {
        if (text == null || text.isBlank()) {
            return new Manadsurval(1, 1);
        }
        Matcher m = MANADER.matcher(text.strip());
        if (m.matches()) {
            int fran = Integer.parseInt(m.group(1));
            int till = m.group(2) == null ? fran : Integer.parseInt(m.group(2));
            if (fran >= 1 && till <= Manadsurval.MANADER_PER_AR && fran <= till) {
                return new Manadsurval(fran, till);
            }
        }
        throw Problems.ogiltigtVarde("manader", text, "Månaderna som representerar året anges som en månad (1 för januari) eller "
                + "en följd inom året (1-12 för hela året), inte '" + text + "'.");
    }

    private static YearMonth per(String text) {
        if (text == null || text.isBlank()) {
            return YearMonth.now(SVERIGE);
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde("per", text, "Underlagets månad anges ÅÅÅÅ-MM, t.ex. 2023-11, inte '" + text + "'.");
        }
    }

    private static int storsta(Integer antal) {
        if (antal == null) {
            return STANDARD_STORSTA;
        }
        if (antal < 0 || antal > MEST_STORSTA) {
            throw Problems.ogiltigtVarde("storsta", antal.toString(), "Högst " + MEST_STORSTA + " av de största förändringarna listas.");
        }
        return antal;
    }
}
