package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import se.riksnorm.support.Http;

/**
 * KraschIT's sakkunnig: proposes Nyköping's 2024 table, confirms its umgängesnorm, moves a krona from kläder och
 * skor to försäkring (1–2 år) three times and decides it, over and over, while the service may be killed at any
 * moment. It remembers every acknowledged write, and the one under way when the connection died (which may or
 * may not have been stored), so that after the restart every acknowledged write can be checked.
 */
final class SakkunnigUnderKrasch {

    private static final String KLADER = "personliga_kostnader.klader_och_skor.ar_1_2";
    private static final String FORSAKRING = "personliga_kostnader.barn_och_ungdomsforsakring.ar_1_2";

    private final Path databas;
    private final Map<String, Integer> utfall;
    private final Map<Long, Lage> forslag = new ConcurrentHashMap<>();
    private final AtomicInteger bekraftade = new AtomicInteger();

    SakkunnigUnderKrasch(Path databas, Map<String, Integer> utfall) {
        this.databas = databas;
        this.utfall = utfall;
    }

    int bekraftade() {
        return bekraftade.get();
    }

    /** Works until told to stop or until the connection dies with the process. */
    void arbeta(Http http, AtomicBoolean igang) {
        try {
            while (igang.get()) {
                cykel(http);
            }
        } catch (RuntimeException e) {
            // the process was killed: the write under way is remembered as such
        }
    }

    private void cykel(Http http) {
        Http.Svar skapat = svar("skapa", http.begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}"));
        if (skapat.status() != 201) {
            return;
        }
        JsonNode tabell = skapat.json().get("tabell");
        Lage lage = new Lage(skapat.location(), post(tabell, "klader_och_skor"), post(tabell, "barn_och_ungdomsforsakring"));
        forslag.put(skapat.json().get("id").asLong(), lage);
        bekraftade.incrementAndGet();
        lage.bekraftelsePagar = true;
        Http.Svar bekraftat = svar("bekrafta", http.begaran("POST", lage.sokvag + "/umgangesnorm/bekraftelse", "{}", "If-Match", skapat.etag()));
        lage.bekraftelsePagar = false;
        if (bekraftat.status() != 200) {
            return;
        }
        lage.bekraftad = true;
        bekraftade.incrementAndGet();
        String etag = bekraftat.etag();
        for (int i = 0; i < 3; i++) {
            lage.andringPagar = true;
            Http.Svar andrat = svar("andra", http.begaran("PATCH", lage.sokvag, "{\"motivering\":\"en krona\",\"celler\":[{\"cell\":\""
                    + KLADER + "\",\"kronor\":" + (lage.klader - 1) + "},{\"cell\":\"" + FORSAKRING + "\",\"kronor\":"
                    + (lage.forsakring + 1) + "}]}", "If-Match", etag));
            lage.andringPagar = false;
            if (andrat.status() != 200) {
                return;
            }
            lage.klader--;
            lage.forsakring++;
            bekraftade.incrementAndGet();
            etag = andrat.etag();
        }
        long versioner = tal("select count(*) from fordelning where kommun = 'nykoping' and ar = 2024");
        lage.beslutPagar = true;
        Http.Svar beslut = svar("besluta", http.begaran("POST", lage.sokvag + "/beslut", "{\"namnd\":\"Socialnämnden\",\"datum\":"
                + "\"2023-12-07\",\"diarienummer\":\"SN23/41\"" + (versioner == 0 ? "" : ",\"ersatter\":" + versioner) + "}", "If-Match", etag));
        lage.beslutPagar = false;
        if (beslut.status() == 201) {
            lage.beslutad = true;
            bekraftade.incrementAndGet();
        }
    }

    /**
     * Every acknowledged write is in the restarted service: each proposal, its confirmation, its cells as last
     * acknowledged (or as the write under way at the kill left them), its decision with exactly those cells.
     */
    void kontrollera(Http http, int cykel) {
        forslag.forEach((id, lage) -> {
            String vad = "cycle " + cykel + ", proposal " + id;
            Http.Svar svar = http.get(lage.sokvag);
            assertThat(svar.status()).as(vad + " acknowledged as created").isEqualTo(200);
            JsonNode f = svar.json();
            long klader = post(f.get("tabell"), "klader_och_skor");
            if (lage.andringPagar && klader == lage.klader - 1) {
                lage.klader--; // the change under way at the kill was stored: allowed
                lage.forsakring++;
            }
            lage.andringPagar = false;
            assertThat(klader).as(vad + " kläder och skor as last acknowledged").isEqualTo(lage.klader);
            assertThat(post(f.get("tabell"), "barn_och_ungdomsforsakring")).as(vad).isEqualTo(lage.forsakring);
            boolean bekraftad = f.get("umgangesnorm").get("bekraftad").asBoolean();
            assertThat(!lage.bekraftad || bekraftad).as(vad + " acknowledged confirmation kept").isTrue();
            assertThat(!bekraftad || lage.bekraftad || lage.bekraftelsePagar).as(vad + " no confirmation that was not sent").isTrue();
            lage.bekraftad = bekraftad;
            lage.bekraftelsePagar = false;
            boolean beslutad = f.get("status").asText().equals("BESLUTAD");
            assertThat(beslutad == lage.beslutad || (lage.beslutPagar && beslutad)).as(vad + " decided: " + beslutad).isTrue();
            lage.beslutad = beslutad;
            lage.beslutPagar = false;
            if (beslutad) {
                JsonNode version = http.get(f.get("lankar").get("beslutad").asText()).json();
                assertThat(post(version.get("tabell"), "klader_och_skor")).as(vad + " the decided table is the proposal").isEqualTo(klader);
            }
        });
    }

    private Http.Svar svar(String steg, Http.Svar svar) {
        utfall.merge(steg + " " + svar.status(), 1, Integer::sum);
        return svar;
    }

    private long tal(String fraga) {
        try {
            return Long.parseLong(KraschIT.sql(databas, fraga));
        } catch (Exception e) {
            throw new IllegalStateException(fraga, e);
        }
    }

    /** A post's amount in the 1–2 år column. */
    private static long post(JsonNode tabell, String post) {
        for (JsonNode p : tabell.get("personligaKostnader").get(1).get("poster")) {
            if (p.get("post").asText().equals(post)) {
                return p.get("kronor").asLong();
            }
        }
        throw new AssertionError(post);
    }

    /** What the sakkunnig knows of one proposal: its acknowledged state, and which write was under way. */
    private static final class Lage {
        private final String sokvag;
        private long klader;
        private long forsakring;
        private boolean bekraftad;
        private boolean beslutad;
        private volatile boolean bekraftelsePagar;
        private volatile boolean andringPagar;
        private volatile boolean beslutPagar;

        private Lage(String sokvag, long klader, long forsakring) {
            this.sokvag = sokvag;
            this.klader = klader;
            this.forsakring = forsakring;
        }
    }
}
