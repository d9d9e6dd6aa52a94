package se.riksnorm.sidor.admin;

import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.web.problem.Problems;

/** The administrator's forms and filters as typed, each refused by its field (the API's field where the form mirrors it). */
final class AdminRequestParser {

    private static final String FORDELNING = "fördelning";
    private static final String RIKSNORM = "riksnorm";

    private AdminRequestParser() {
    }

    /** The year a national table is proposed for. */
    static int ar(String text) {
        if (text == null || !text.matches("[0-9]{4}")) {
            throw Problems.ogiltigtVarde("ar", text, "Ange året som föreslås, t.ex. 2025.");
        }
        return Integer.parseInt(text);
    }

    /** An amount in whole kronor, spaces allowed as Swedish writes thousands ("3 490"); empty is none. */
    static Long belopp(String text, String apiFalt) {
        if (text == null) {
            return null;
        }
        String siffror = text.replaceAll("[\\s\u00A0\u202F]", "");
        if (!siffror.matches("[0-9]{1,9}")) {
            throw Problems.ogiltigtVarde(apiFalt, text, "Ange ett belopp i hela kronor, t.ex. 3 490 (inte '" + text + "').");
        }
        return Long.valueOf(siffror);
    }

    /**
     * The audit entries' object text, as the log writes it: "fördelning nykoping 2024, förslag 1" or "riksnorm 2024"
     * (the audit row has no kommun column). The kommun is matched as a whole word between "fördelning " and the year,
     * so Mark never matches Markaryd, nor Ånge Ängelholm; only known kommun ids (letters, digits, '-') and the two
     * tables reach the LIKE pattern, so it holds no wildcard but its own.
     *
     * @param tabell fördelning, riksnorm or null (both)
     * @param kommun a kommun's id, code or name, or null (all)
     */
    static String monster(String tabell, String kommun, Normbok normbok) {
        if (tabell != null && !tabell.equals(FORDELNING) && !tabell.equals(RIKSNORM)) {
            throw Problems.ogiltigtVarde("tabell", tabell, "Tabellen är fördelning eller riksnorm.");
        }
        if (kommun == null) {
            return tabell == null ? null : tabell + " %";
        }
        String id = normbok.kommun(kommun).map(Kommun::id).filter(i -> i.matches("[a-z0-9-]+")).orElseThrow(() ->
                Problems.ogiltigtVarde("kommun", kommun, "Tjänsten känner ingen kommun '" + kommun + "'."));
        if (RIKSNORM.equals(tabell)) {
            throw Problems.ogiltigtVarde("kommun", kommun, "Riksnormen är nationell: välj alla kommuner eller tabellen fördelning.");
        }
        return FORDELNING + " " + id + " %";
    }
}
