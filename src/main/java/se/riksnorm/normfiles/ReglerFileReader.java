package se.riksnorm.normfiles;

import static se.riksnorm.normfiles.YamlNode.avrundning;
import static se.riksnorm.normfiles.YamlNode.manad;
import static se.riksnorm.normfiles.YamlNode.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.regler.Barnordning;
import se.riksnorm.domain.regler.Begransningsregel;
import se.riksnorm.domain.regler.Jobbstimulansregel;
import se.riksnorm.domain.regler.Lagrum;
import se.riksnorm.domain.regler.Lagrumstext;
import se.riksnorm.domain.regler.Periodvarde;
import se.riksnorm.domain.regler.Regelparametrar;
import se.riksnorm.domain.regler.Regelstatus;
import se.riksnorm.domain.regler.Riksnormsgrund;
import se.riksnorm.domain.regler.Tidsserie;

/** Reads {@code norms/regler/lagrum.yaml} and {@code norms/regler/parametrar.yaml}; the layout is in norms/README.md. */
final class ReglerFileReader {

    private ReglerFileReader() {
    }

    /** Every rule's wording by month; a key the code does not know is an error, not ignored. */
    static Map<Lagrum, Tidsserie<Lagrumstext>> lagrum(JsonNode dokument, Kallauppslag kallor) {
        Map<Lagrum, Tidsserie<Lagrumstext>> lagrum = new EnumMap<>(Lagrum.class);
        dokument.get("lagrum").fields().forEachRemaining(falt -> {
            Lagrum regel = Lagrum.forNyckel(falt.getKey()).orElseThrow(() -> new IllegalArgumentException("lagrum."
                    + falt.getKey() + ": okänd regel; reglerna är " + String.join(", ",
                    java.util.Arrays.stream(Lagrum.values()).map(Lagrum::nyckel).toList())));
            lagrum.put(regel, serie("lagrum." + falt.getKey(), falt.getValue(), kallor, nod -> new Lagrumstext(
                    nod.get("forfattning").asText(), textOrNull(nod, "paragraf"), nod.get("innehall").asText(),
                    textOrNull(nod, "benamning"))));
        });
        return lagrum;
    }

    /** The parameters; with the rules' wording they make the law of every month. */
    static Regelparametrar parametrar(JsonNode dokument, Map<Lagrum, Tidsserie<Lagrumstext>> lagrum, Kallauppslag kallor) {
        Map<Integer, Normbelopp> prisbasbelopp = new TreeMap<>();
        dokument.get("prisbasbelopp").fields().forEachRemaining(falt -> prisbasbelopp.put(Integer.parseInt(falt.getKey()),
                new Normbelopp(Kronor.of(falt.getValue().get("kronor").longValue()),
                        kallor.get(falt.getValue().get("kalla").asText(), "prisbasbelopp." + falt.getKey()))));
        Tidsserie<Jobbstimulansregel> jobbstimulans = serie("jobbstimulans", dokument.get("jobbstimulans"), kallor,
                nod -> new Jobbstimulansregel(procent(nod, "procent"), avrundning(nod, "avrundning")));
        Tidsserie<Begransningsregel> begransningsregel = serie("begransningsregel", dokument.get("begransningsregel"), kallor,
                nod -> new Begransningsregel(nod.get("fran_barn").intValue(),
                        Barnordning.valueOf(nod.get("ordning").asText().toUpperCase(Locale.ROOT)),
                        procent(nod, "sammanboende_procent"), procent(nod, "ensamstaende_procent"),
                        procent(nod, "infasning_procent"), avrundning(nod, "avrundning")));
        Tidsserie<Riksnormsgrund> grund = serie("riksnormens_grund", dokument.get("riksnormens_grund"), kallor,
                nod -> Riksnormsgrund.valueOf(nod.get("grund").asText().toUpperCase(Locale.ROOT)));
        Tidsserie<String> regelverk = serie("regelverk", dokument.get("regelverk"), kallor, nod -> nod.get("regelverk").asText());
        return new Regelparametrar(regelverk, lagrum, prisbasbelopp, jobbstimulans, begransningsregel, grund);
    }

    private static <T> Tidsserie<T> serie(String var, JsonNode lista, Kallauppslag kallor, Function<JsonNode, T> varde) {
        List<Periodvarde<T>> varden = new ArrayList<>();
        for (int i = 0; i < lista.size(); i++) {
            JsonNode nod = lista.get(i);
            String plats = var + "[" + i + "]";
            YearMonth till = nod.has("till") ? manad(nod, "till") : null;
            try {
                varden.add(new Periodvarde<>(manad(nod, "fran"), till, varde.apply(nod),
                        kallor.get(nod.get("kalla").asText(), plats + ".kalla"),
                        Regelstatus.valueOf(nod.get("status").asText().toUpperCase(Locale.ROOT))));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith(plats) ? e.getMessage() : plats + ": " + e.getMessage(), e);
            }
        }
        try {
            return new Tidsserie<>(varden);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(var + ": " + e.getMessage(), e);
        }
    }

    private static BigDecimal procent(JsonNode nod, String falt) {
        return new BigDecimal(nod.get(falt).asText());
    }
}
