package se.riksnorm.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A case of {@code fall/*.yaml} checked against the service's answer: the problem of a refusal, or the answer's
 * figures, lines (each matched by the fields it gives), notes by code and, for a period over several months, each
 * part in order. A line may also name the statute it must cite ({@code lagrum}: the start of one of its grunder) and
 * one it must not ({@code ejLagrum}).
 */
public final class Fallkontroll {

    private static final Set<String> RADKONTROLLER = Set.of("lagrum", "ejLagrum");

    private Fallkontroll() {
    }

    public static void kontrollera(JsonNode vantat, Http.Svar svar) {
        JsonNode faktiskt = svar.json();
        if (vantat.has("status")) {
            assertThat(svar.status()).as(svar.body()).isEqualTo(vantat.get("status").asInt());
            assertThat(svar.arProblem()).isTrue();
            assertThat(faktiskt.get("type").asText()).isEqualTo("urn:riksnorm:problem:" + vantat.get("type").asText());
            assertThat(faktiskt.get("falt").asText()).isEqualTo(vantat.get("falt").asText());
            assertThat(faktiskt.get("detail").asText()).isNotBlank();
            if (vantat.has("detalj")) {
                assertThat(faktiskt.get("detail").asText()).contains(vantat.get("detalj").asText());
            }
            return;
        }
        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        svaret(vantat, faktiskt);
        if (vantat.has("delar")) {
            assertThat(faktiskt.get("delar")).as("one part per month").hasSameSizeAs(vantat.get("delar"));
            for (int i = 0; i < vantat.get("delar").size(); i++) {
                svaret(vantat.get("delar").get(i), faktiskt.get("delar").get(i));
            }
            assertThat(faktiskt.get("rader")).isEmpty();
        } else {
            assertThat(faktiskt.get("delar").isNull()).as("a single month answers as it always has").isTrue();
        }
    }

    private static void svaret(JsonNode vantat, JsonNode faktiskt) {
        if (vantat.has("hushalletsStorlek")) {
            assertThat(faktiskt.get("hushalletsStorlek").asInt()).isEqualTo(vantat.get("hushalletsStorlek").asInt());
        }
        if (vantat.has("period")) {
            delmangd(vantat.get("period"), faktiskt.get("period"), "period");
        }
        delmangd(vantat.get("summering"), faktiskt.get("summering"), "summering");
        delmangd(vantat.get("normer"), faktiskt.get("normer"), "normer");
        if (vantat.has("rader")) {
            for (JsonNode rad : vantat.get("rader")) {
                assertThat(faktiskt.get("rader")).as("a line like " + rad + " in " + faktiskt.get("rader"))
                        .anySatisfy(f -> {
                            delmangd(rad, f, "rad");
                            citerar(rad, f);
                        });
            }
        }
        if (vantat.has("anmarkningar")) {
            List<String> koder = new ArrayList<>();
            vantat.get("anmarkningar").forEach(k -> koder.add(k.asText()));
            assertThat(faktiskt.get("anmarkningar").findValuesAsText("kod")).containsExactlyInAnyOrderElementsOf(koder);
        }
        // every line says what it rests on
        assertThat(faktiskt.get("rader")).allSatisfy(r -> assertThat(r.get("grunder")).isNotEmpty());
    }

    private static void citerar(JsonNode rad, JsonNode faktiskt) {
        List<String> grunder = faktiskt.get("grunder").findValuesAsText("hanvisning");
        if (rad.has("lagrum")) {
            assertThat(grunder).as("cites " + rad.get("lagrum").asText()).anySatisfy(g -> assertThat(g).startsWith(rad.get("lagrum").asText()));
        }
        if (rad.has("ejLagrum")) {
            assertThat(grunder).as("never cites " + rad.get("ejLagrum").asText()).noneSatisfy(g -> assertThat(g).contains(rad.get("ejLagrum").asText()));
        }
    }

    private static void delmangd(JsonNode vantat, JsonNode faktiskt, String var) {
        if (vantat == null) {
            return;
        }
        vantat.fields().forEachRemaining(falt -> {
            if (!RADKONTROLLER.contains(falt.getKey())) {
                assertThat(faktiskt.get(falt.getKey())).as(var + "." + falt.getKey() + " in " + faktiskt).isEqualTo(falt.getValue());
            }
        });
    }
}
