package se.riksnorm.normfiles;

import static se.riksnorm.normfiles.YamlNode.avrundning;
import static se.riksnorm.normfiles.YamlNode.datumOrNull;
import static se.riksnorm.normfiles.YamlNode.kronor;
import static se.riksnorm.normfiles.YamlNode.textOrNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.fordelning.Poster;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.tabell.Normtabell;

/** Reads {@code norms/kommuner/<kommun>/<ar>.yaml}; the layout is described in {@code norms/README.md}. */
final class FordelningFileReader {

    private FordelningFileReader() {
    }

    static Fordelning las(JsonNode dokument, Kommun kommun, Kallauppslag kallor) {
        int ar = dokument.get("ar").intValue();
        Fordelningsstatus status = Fordelningsstatus.valueOf(dokument.get("status").asText().toUpperCase(Locale.ROOT));

        Map<Aldersgrupp, Map<Behovspost, Kronor>> personliga = new EnumMap<>(Aldersgrupp.class);
        JsonNode personligaNod = dokument.get(Normtabell.PERSONLIGA_KOSTNADER.nyckel());
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            Map<Behovspost, Kronor> poster = new EnumMap<>(Behovspost.class);
            for (Behovspost post : Behovspost.personliga(grupp)) {
                poster.put(post, kronor(personligaNod.get(post.nyckel()).get(grupp.nyckel())));
            }
            personliga.put(grupp, poster);
        }
        Map<Aldersgrupp, Poster> personligaPoster = new EnumMap<>(Aldersgrupp.class);
        personliga.forEach((grupp, poster) -> personligaPoster.put(grupp, new Poster(poster)));

        TreeMap<Integer, Map<Behovspost, Kronor>> gemensamma = new TreeMap<>();
        JsonNode gemensammaNod = dokument.get(Normtabell.GEMENSAMMA_KOSTNADER.nyckel());
        for (Behovspost post : Behovspost.gemensamma()) {
            gemensammaNod.get(post.nyckel()).fields().forEachRemaining(falt ->
                    gemensamma.computeIfAbsent(Integer.parseInt(falt.getKey()), n -> new EnumMap<>(Behovspost.class))
                            .put(post, kronor(falt.getValue())));
        }
        TreeMap<Integer, Poster> gemensammaPoster = new TreeMap<>();
        gemensamma.forEach((antal, poster) -> {
            if (poster.size() != Behovspost.gemensamma().size()) {
                throw new IllegalArgumentException(Normtabell.GEMENSAMMA_KOSTNADER.nyckel() + ": " + antal
                        + " personer finns inte under alla poster " + Behovspost.gemensamma());
            }
            gemensammaPoster.put(antal, new Poster(poster));
        });

        JsonNode matnormNod = dokument.get(Normtabell.MATNORM.nyckel());
        Map<Aldersgrupp, Matnorm> matnorm = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            matnorm.put(grupp, new Matnorm(
                    kronor(matnormNod.get(FordelningCells.PER_MANAD).get(grupp.nyckel())),
                    kronor(matnormNod.get(FordelningCells.PER_VECKA).get(grupp.nyckel())),
                    kronor(matnormNod.get(FordelningCells.PER_DAG).get(grupp.nyckel()))));
        }
        JsonNode umgangeNod = dokument.get(Normtabell.UMGANGESNORM.nyckel()).get(FordelningCells.PER_DAG);
        Map<Aldersgrupp, Kronor> umgange = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.barn()) {
            umgange.put(grupp, kronor(umgangeNod.get(grupp.nyckel())));
        }
        return new Fordelning(kommun, ar, status, beslut(dokument.get("beslut")),
                kallor.get(dokument.get("kalla").asText(), "kalla"),
                personligaPoster, gemensammaPoster, matnorm, umgange,
                hemmavarandeUngdom(dokument.get(Normtabell.HEMMAVARANDE_UNGDOM.nyckel())));
    }

    private static Beslut beslut(JsonNode nod) {
        if (nod == null) {
            return null;
        }
        return new Beslut(nod.get("namnd").asText(), datumOrNull(nod, "datum"), textOrNull(nod, "paragraf"),
                textOrNull(nod, "diarienummer"), datumOrNull(nod, "tjansteskrivelse"), nod.get("underlag").asText());
    }

    private static HemmavarandeUngdom hemmavarandeUngdom(JsonNode nod) {
        JsonNode exempel = nod.get("exempel");
        return new HemmavarandeUngdom(avrundning(nod, "avrundning"), exempel == null ? null
                : new HemmavarandeUngdom.Exempel(exempel.get("antal_personer").intValue(),
                        kronor(exempel.get("gemensamma")), kronor(exempel.get("andel")),
                        kronor(exempel.get("ensamstaende")), kronor(exempel.get("summa"))));
    }
}
