package se.riksnorm.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

/**
 * A calculation's answer as the README and docs/ print it, compared with the JSON the service gave, line by line.
 * Each printed line is one of (a line indented two spaces belongs to the part above it):
 * <pre>
 * PERSONLIGA_KOSTNADER  förälder  3 490  Riksnorm 2023, Ensamstående: 3 490 kr per månad  [lagrum]
 * summering: riksnorm 6 405, skäliga kostnader 7 200, inkomster 7 375, försörjningsstöd 6 230
 * anmarkningar: PRELIMINAR_RIKSNORM, FORDELNING_SAKNAS
 * normer.regelverk: Försörjningsstöd med riksnorm från 2019: …
 * period 2026-03-15–2026-04-14, 31 dagar
 * delar[0] 2026-03-15–2026-03-31, 17 dagar
 * rader: []
 * </pre>
 * A line (columns two or more spaces apart): type, the member (where the line has one), kronor, the rule's text
 * exactly, and optionally in brackets the statute a grund of the line cites. Where a block prints lines, it prints all
 * of them, in the answer's order; where it prints parts, all of them. A line of any other form fails, so a printout
 * cannot carry a figure the test does not check.
 */
public final class Svarsutskrift {

    private static final Pattern RAD = Pattern.compile("[A-Z_]+ {2,}.*");
    private static final Pattern PERIOD = Pattern.compile("period (\\S+)–(\\S+), (\\d+) dagar");
    private static final Pattern DEL = Pattern.compile("delar\\[(\\d+)\\] (\\S+)–(\\S+), (\\d+) dagar");
    private static final Pattern FALT = Pattern.compile("(normer\\.\\w+): (.+)");
    private static final Pattern SUMMA = Pattern.compile("([\\p{L} ]+?) (\\d{1,3}(?: \\d{3})*)");
    private static final Map<String, String> SUMMERING = Map.of(
            "riksnorm", "riksnorm", "skäliga kostnader", "skaligaKostnader", "inkomster", "inkomster",
            "begränsning", "begransning", "nedsättning", "nedsattning", "överskott", "overskott",
            "försörjningsstöd", "forsorjningsstod", "bistånd", "bistand", "umgängesnorm", "umgangesnorm");

    private Svarsutskrift() {
    }

    /** Compares every printed line with the answer. */
    public static void jamfor(String utskrift, JsonNode svar) {
        Map<JsonNode, List<String>> rader = new IdentityHashMap<>();
        List<Integer> delar = new ArrayList<>();
        JsonNode del = null;
        for (String rad : utskrift.lines().toList()) {
            boolean indragen = rad.startsWith("  ");
            if (indragen && del == null) {
                throw new AssertionError("en indragen rad utan del ovanför: " + rad);
            }
            JsonNode nod = indragen ? del : svar;
            String text = rad.strip();
            Matcher m;
            if (!indragen && (m = DEL.matcher(text)).matches()) {
                int i = Integer.parseInt(m.group(1));
                assertThat(i).as(rad).isEqualTo(delar.size());
                delar.add(i);
                del = svar.get("delar").get(i);
                assertThat(del).as(rad).isNotNull();
                period(del, m.group(2), m.group(3), m.group(4), rad);
            } else if ((m = PERIOD.matcher(text)).matches()) {
                period(nod, m.group(1), m.group(2), m.group(3), rad);
            } else if (text.equals("rader: []")) {
                rader.put(nod, new ArrayList<>());
            } else if (text.startsWith("summering: ")) {
                summering(nod.get("summering"), text.substring("summering: ".length()), rad);
            } else if (text.startsWith("anmarkningar: ")) {
                assertThat(StreamSupport.stream(nod.get("anmarkningar").spliterator(), false).map(a -> a.get("kod").asText()).toList())
                        .as(rad).containsExactly(text.substring("anmarkningar: ".length()).split(", "));
            } else if ((m = FALT.matcher(text)).matches()) {
                assertThat(mellanslag(nod.at("/" + m.group(1).replace('.', '/')).asText())).as(rad).isEqualTo(m.group(2));
            } else if (RAD.matcher(text).matches()) {
                rader.computeIfAbsent(nod, n -> new ArrayList<>()).add(text);
            } else {
                throw new AssertionError("en rad som inte går att jämföra med svaret: " + rad);
            }
        }
        rader.forEach(Svarsutskrift::rader);
        if (!delar.isEmpty()) {
            assertThat(svar.get("delar")).as("every part printed").hasSize(delar.size());
        }
    }

    private static void period(JsonNode nod, String fran, String till, String dagar, String rad) {
        JsonNode period = nod.get("period");
        assertThat(List.of(period.get("fran").asText(), period.get("till").asText(), period.get("dagar").asText()))
                .as(rad).containsExactly(fran, till, dagar);
    }

    private static void summering(JsonNode summering, String text, String rad) {
        for (String del : text.split(", ")) {
            Matcher m = SUMMA.matcher(del);
            assertThat(m.matches()).as(rad + ": '" + del + "'").isTrue();
            String falt = SUMMERING.get(m.group(1));
            assertThat(falt).as(rad + ": '" + m.group(1) + "'").isNotNull();
            assertThat(summering.get(falt).asLong()).as(rad + ": " + m.group(1)).isEqualTo(tal(m.group(2)));
        }
    }

    private static void rader(JsonNode nod, List<String> visade) {
        JsonNode rader = nod.get("rader");
        assertThat(rader).as("the lines printed: " + visade).hasSize(visade.size());
        for (int i = 0; i < visade.size(); i++) {
            List<String> kolumner = new ArrayList<>(List.of(visade.get(i).split(" {2,}")));
            JsonNode rad = rader.get(i);
            String sista = kolumner.get(kolumner.size() - 1);
            if (sista.startsWith("[") && sista.endsWith("]")) {
                kolumner.remove(kolumner.size() - 1);
                String lagrum = sista.substring(1, sista.length() - 1);
                assertThat(StreamSupport.stream(rad.get("grunder").spliterator(), false)
                        .filter(g -> g.get("typ").asText().equals("FORFATTNING")).map(g -> g.get("hanvisning").asText()))
                        .as(visade.get(i)).anyMatch(h -> h.startsWith(lagrum + ":"));
            }
            boolean medMedlem = kolumner.size() == 4;
            assertThat(kolumner.size()).as(visade.get(i)).isBetween(3, 4);
            assertThat(rad.get("typ").asText()).as(visade.get(i)).isEqualTo(kolumner.get(0));
            assertThat(rad.get("medlem").isNull() ? "" : rad.get("medlem").asText()).as(visade.get(i))
                    .isEqualTo(medMedlem ? kolumner.get(1) : "");
            assertThat(rad.get("kronor").asLong()).as(visade.get(i)).isEqualTo(tal(kolumner.get(medMedlem ? 2 : 1)));
            assertThat(mellanslag(rad.get("regel").asText())).as(visade.get(i)).isEqualTo(kolumner.get(medMedlem ? 3 : 2));
        }
    }

    private static long tal(String text) {
        return Long.parseLong(text.replace(" ", ""));
    }

    /** The answer writes amounts with no-break spaces (Swedish style); the documents with plain ones. */
    private static String mellanslag(String text) {
        return text.replace('\u00a0', ' ').replace('\u202f', ' ');
    }
}
