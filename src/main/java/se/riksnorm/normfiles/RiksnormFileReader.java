package se.riksnorm.normfiles;

import static se.riksnorm.normfiles.YamlNode.avrundning;
import static se.riksnorm.normfiles.YamlNode.kronor;
import static se.riksnorm.normfiles.YamlNode.manad;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.riksnorm.Upprakning;
import se.riksnorm.domain.tabell.Normtabell;

/** Reads {@code norms/riksnorm/<ar>.yaml}; the layout is described in {@code norms/README.md}. */
final class RiksnormFileReader {

    private RiksnormFileReader() {
    }

    static Riksnorm las(JsonNode dokument, Kallauppslag kallor) {
        int ar = dokument.get("ar").intValue();
        Giltighet giltighet = new Giltighet(manad(dokument, "giltig_fran"), manad(dokument, "giltig_till"));
        Riksnormstatus status = Riksnormstatus.valueOf(dokument.get("status").asText().toUpperCase(java.util.Locale.ROOT));
        JsonNode standardkallor = dokument.get("kallor");

        Map<Aldersgrupp, Normbelopp> personliga = new EnumMap<>(Aldersgrupp.class);
        JsonNode personligaNod = dokument.get(Normtabell.PERSONLIGA_KOSTNADER.nyckel());
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            personliga.put(grupp, belopp(personligaNod.get(grupp.nyckel()), Normtabell.PERSONLIGA_KOSTNADER,
                    grupp.nyckel(), standardkallor, kallor));
        }
        TreeMap<Integer, Normbelopp> gemensamma = new TreeMap<>();
        dokument.get(Normtabell.GEMENSAMMA_KOSTNADER.nyckel()).fields().forEachRemaining(falt ->
                gemensamma.put(Integer.parseInt(falt.getKey()), belopp(falt.getValue(), Normtabell.GEMENSAMMA_KOSTNADER,
                        falt.getKey(), standardkallor, kallor)));
        Map<Aldersgrupp, Normbelopp> ejLunch = new EnumMap<>(Aldersgrupp.class);
        JsonNode ejLunchNod = dokument.get(Normtabell.EJ_LUNCH.nyckel());
        if (ejLunchNod != null) {
            ejLunchNod.fields().forEachRemaining(falt -> ejLunch.put(Aldersgrupp.forNyckel(falt.getKey()).orElseThrow(),
                    belopp(falt.getValue(), Normtabell.EJ_LUNCH, falt.getKey(), standardkallor, kallor)));
        }
        Upprakning upprakning = null;
        JsonNode upprakningNod = dokument.get("upprakning");
        if (upprakningNod != null) {
            upprakning = new Upprakning(new BigDecimal(upprakningNod.get("procent").asText()),
                    avrundning(upprakningNod, "avrundning"),
                    kallor.get(upprakningNod.get("kalla").asText(), "upprakning.kalla"));
        }
        Kalla storreHushall = kallor.get(standardkallor.get("storre_hushall").asText(), "kallor.storre_hushall");
        return new Riksnorm(ar, giltighet, status, personliga, gemensamma, storreHushall, ejLunch, upprakning);
    }

    /** A value is either a bare amount (its table's source) or {kronor, kalla}. */
    private static Normbelopp belopp(JsonNode varde, Normtabell tabell, String kolumn, JsonNode standardkallor,
                                     Kallauppslag kallor) {
        String var = tabell.nyckel() + "." + kolumn;
        if (varde.isObject()) {
            return new Normbelopp(kronor(varde.get("kronor")), kallor.get(varde.get("kalla").asText(), var));
        }
        JsonNode standard = standardkallor.get(tabell.nyckel());
        if (standard == null) {
            throw new IllegalArgumentException(var + ": värdet anger ingen källa och kallor." + tabell.nyckel() + " saknas");
        }
        return new Normbelopp(kronor(varde), kallor.get(standard.asText(), "kallor." + tabell.nyckel()));
    }
}
