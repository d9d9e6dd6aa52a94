package se.riksnorm.app.budget;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnadstyp;

/**
 * The columns of a caseload in CSV, one row per person (docs/adr/0121). Only {@code hushall}, {@code roll} and one of
 * {@code fodelsedatum} / {@code alder} are required; the others may be left out or empty (0, nej). Amounts are whole
 * kronor per month. A household's costs and its incomes other than lön may stand on any of its rows and are added up.
 */
public enum Csvkolumn {
    HUSHALL("hushall", "Hushållets id i verksamhetssystemet, som det exporteras (inte ett personnummer). Ett hushålls rader står i följd."),
    ROLL("roll", "SOKANDE, MAKE_MAKA_SAMBO, BARN, HEMMAVARANDE_SKOLUNGDOM, VUXEN_I_HUSHALLSGEMENSKAP, HEMMAVARANDE_VUXET_BARN eller UMGANGESBARN."),
    FODELSEDATUM("fodelsedatum", "ÅÅÅÅ-MM-DD. Åldern räknas per underlagets månad (per) och gäller sedan i varje beräknad månad."),
    ALDER("alder", "Ålder i hela år, där födelsedatum inte anges."),
    DAGAR("dagar", "Dagar per månad i hushållet (växelvis boende) eller på umgänge; tomt för hela månaden."),
    LUNCH_I_FORSKOLAN("lunch_i_forskolan", "ja för ett barn 0–6 år som äter lunch i förskolan fem dagar i veckan."),
    OVRIGA_I_HUSHALLET("ovriga_i_hushallet", "Personer i bostaden som inte ingår i beräkningen (för en vuxen i hushållsgemenskap eller ett hemmavarande vuxet barn)."),
    BOENDE("boende", Kostnadstyp.BOENDE, null),
    HUSHALLSEL("hushallsel", Kostnadstyp.HUSHALLSEL, null),
    ARBETSRESOR("arbetsresor", Kostnadstyp.ARBETSRESOR, null),
    HEMFORSAKRING("hemforsakring", Kostnadstyp.HEMFORSAKRING, null),
    FACKFORENING("fackforening", Kostnadstyp.FACKFORENING, null),
    A_KASSA("a_kassa", Kostnadstyp.A_KASSA, null),
    OVRIG_SKALIG_KOSTNAD("ovrig_skalig_kostnad", Kostnadstyp.OVRIG_SKALIG_KOSTNAD, null),
    LON("lon", null, Inkomsttyp.LON),
    JOBBSTIMULANS("jobbstimulans", "ja: 25 % av radens lön räknas inte (beslutad jobbstimulans)."),
    BARNBIDRAG("barnbidrag", null, Inkomsttyp.BARNBIDRAG),
    BOSTADSBIDRAG("bostadsbidrag", null, Inkomsttyp.BOSTADSBIDRAG),
    UNDERHALLSSTOD("underhallsstod", null, Inkomsttyp.UNDERHALLSSTOD),
    SJUKPENNING("sjukpenning", null, Inkomsttyp.SJUKPENNING),
    ARBETSLOSHETSERSATTNING("arbetsloshetsersattning", null, Inkomsttyp.ARBETSLOSHETSERSATTNING),
    ETABLERINGSERSATTNING("etableringsersattning", null, Inkomsttyp.ETABLERINGSERSATTNING),
    FORALDRAPENNING("foraldrapenning", null, Inkomsttyp.FORALDRAPENNING),
    PENSION("pension", null, Inkomsttyp.PENSION),
    OVRIG_INKOMST("ovrig_inkomst", null, Inkomsttyp.OVRIG);

    private final String namn;
    private final String beskrivning;
    private final Kostnadstyp kostnad;
    private final Inkomsttyp inkomst;

    Csvkolumn(String namn, String beskrivning) {
        this.namn = namn;
        this.beskrivning = beskrivning;
        this.kostnad = null;
        this.inkomst = null;
    }

    Csvkolumn(String namn, Kostnadstyp kostnad, Inkomsttyp inkomst) {
        this.namn = namn;
        this.kostnad = kostnad;
        this.inkomst = inkomst;
        this.beskrivning = kostnad != null
                ? kostnad.benamning() + ", kr per månad (skälig kostnad för hushållet)."
                : inkomst.benamning() + ", kr per månad" + (inkomst == Inkomsttyp.LON ? " (radens person)." : " (hushållets).");
    }

    /** The column's name in the header. */
    public String namn() {
        return namn;
    }

    public String beskrivning() {
        return beskrivning;
    }

    /** The cost the column holds, or {@code null}. */
    public Kostnadstyp kostnad() {
        return kostnad;
    }

    /** The income the column holds, or {@code null}. */
    public Inkomsttyp inkomst() {
        return inkomst;
    }

    /** A header name, in any case, with spaces around it. */
    public static Optional<Csvkolumn> av(String rubrik) {
        String namn = rubrik.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.namn.equals(namn)).findFirst();
    }
}
