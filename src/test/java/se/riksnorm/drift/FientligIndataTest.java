package se.riksnorm.drift;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Sql;
import se.riksnorm.web.berakning.ForsorjningsstodRequest;
import se.riksnorm.web.berakning.MatnormRequest;
import se.riksnorm.web.berakning.UmgangesnormRequest;

/**
 * Hostile and broken input against the running HTTP server: Instancio-generated requests and hand-picked
 * edge cases, at least 10 000 in all. No answer may be a 5xx, every error must be problem+json, and a
 * refused request must change nothing stored.
 */
@MicronautTest(transactional = false)
class FientligIndataTest extends KorandeTjanst {

    private static final int SLUMPADE = 9_000;
    private static final String JSON = "application/json";

    @Inject
    DataSource dataSource;

    private final Random slump = new Random(20261122);

    @Test
    void ingenIndataGer5xxEllerAndrarNagotDenInteFickAndra() {
        String normerFore = tillstand();
        long sparadeFore = Sql.tal(dataSource, "select count(*) from berakning");
        List<HttpRequest> forfragningar = new ArrayList<>(handplockade());
        for (int i = 0; i < SLUMPADE; i++) {
            forfragningar.add(slumpad(i));
        }
        Map<Integer, Integer> perStatus = new java.util.concurrent.ConcurrentSkipListMap<>();
        java.util.concurrent.atomic.AtomicInteger sparade = new java.util.concurrent.atomic.AtomicInteger();
        java.util.concurrent.ForkJoinPool klienter = new java.util.concurrent.ForkJoinPool(4);
        klienter.submit(() -> forfragningar.parallelStream().forEach(forfragan -> {
            Http.Svar svar = http().skicka(forfragan);
            perStatus.merge(svar.status(), 1, Integer::sum);
            assertThat(svar.status()).as(forfragan + " → " + svar.body()).isLessThan(500);
            if (svar.status() >= 400) {
                assertThat(svar.arProblem()).as(forfragan + " → " + svar.contentType()).isTrue();
                assertThat(svar.json().get("status").asInt()).isEqualTo(svar.status());
                assertThat(svar.body()).doesNotContain("Exception").doesNotContain("\tat ");
            } else if (svar.status() == 201) {
                sparade.incrementAndGet();
            }
        })).join();
        klienter.shutdown();
        System.out.printf("FientligIndataTest: %d requests, by status %s%n", forfragningar.size(), perStatus);
        // the generated input reached the rules, not only the parser: some are calculated, some refused by a rule
        assertThat(perStatus).containsKeys(200, 400, 422);
        assertThat(tillstand()).as("no request may change the norms").isEqualTo(normerFore);
        assertThat(Sql.tal(dataSource, "select count(*) from berakning")).as("only accepted stores are stored")
                .isEqualTo(sparadeFore + sparade.get());
    }

    private String tillstand() {
        return Sql.rader(dataSource, "select ar || tabell || rad || kolumn || '=' || kronor from riksnorm_cell order by id")
                + "/" + Sql.rader(dataSource, "select fordelning_id || tabell || rad || kolumn || '=' || kronor from fordelning_cell order by id")
                + "/" + Sql.rader(dataSource, "select id || status from fordelning order by id")
                + "/" + Sql.rader(dataSource, "select id || kod || namn from kommun order by id");
    }

    private HttpRequest slumpad(int i) {
        return switch (i % 6) {
            case 0 -> post("/api/v1/berakningar/forsorjningsstod" + (i % 12 == 0 ? "?spara=true" : ""),
                    JSON, json(Instancio.of(ForsorjningsstodRequest.class)
                            .generate(Select.field(ForsorjningsstodRequest::manad), g -> g.oneOf("2023-03", "2019-13", "0000-01",
                                    "9999-12", "2023-3", "", "2026-12"))
                            .withSeed(i).create()));
            case 1 -> post("/api/v1/berakningar/forsorjningsstod", JSON, rimligtHushall(i));
            case 2 -> post("/api/v1/berakningar/matnorm", JSON, json(Instancio.of(MatnormRequest.class).withSeed(i).create()));
            case 3 -> post("/api/v1/berakningar/umgangesnorm", JSON, json(Instancio.of(UmgangesnormRequest.class).withSeed(i).create()));
            case 4 -> get("/api/v1/kommuner/" + kodad(Instancio.of(String.class).withSeed(i).create())
                    + "/fordelningar/" + kodad(new String[] {"2023", "-1", "0", "9999", "2023.5", "x"}[slump.nextInt(6)]));
            default -> post("/api/v1/berakningar/forsorjningsstod/batch", "application/x-ndjson",
                    rimligtHushall(i) + "\n" + json(Instancio.of(ForsorjningsstodRequest.class).withSeed(i).create()) + "\n{]\n");
        };
    }

    /** A well-formed household with figures drawn from the whole range, extremes included. */
    private String rimligtHushall(int i) {
        long[] belopp = {0, 1, -1, 7_500, Long.MAX_VALUE, Long.MIN_VALUE, 10_000_000, 10_000_001, 999_999_999_999L};
        int[] dagar = {-5, 0, 1, 15, 31, 32, Integer.MAX_VALUE};
        String[] datum = {"2015-06-10", "0000-01-01", "9999-12-31", "2023-02-29", "2024-02-29", "1850-01-01", "2023-03-31"};
        String[] roller = {"SOKANDE", "BARN", "MAKE_MAKA_SAMBO", "UMGANGESBARN", "HEMMAVARANDE_VUXET_BARN", "sokande", "KUNG"};
        return "{\"kommun\":\"" + (i % 7 == 0 ? "NYKÖPING" : "nykoping") + "\",\"manad\":\"20" + (19 + slump.nextInt(9)) + "-0"
                + (1 + slump.nextInt(9)) + "\",\"ovrigaIHushallet\":" + (slump.nextInt(7) - 2)
                + ",\"medlemmar\":[{\"alder\":" + (slump.nextInt(130) - 5) + ",\"roll\":\"SOKANDE\"},{\"fodelsedatum\":\""
                + datum[slump.nextInt(datum.length)] + "\",\"roll\":\"" + roller[slump.nextInt(roller.length)] + "\",\"dagar\":"
                + dagar[slump.nextInt(dagar.length)] + ",\"lunchIForskolan\":" + slump.nextBoolean() + "}],"
                + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":" + belopp[slump.nextInt(belopp.length)] + "}],"
                + "\"inkomster\":[{\"typ\":\"LON\",\"belopp\":" + belopp[slump.nextInt(belopp.length)] + ",\"jobbstimulans\":"
                + slump.nextBoolean() + "}]}";
    }

    private List<HttpRequest> handplockade() {
        List<HttpRequest> lista = new ArrayList<>();
        String giltigt = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}";
        String berakning = "/api/v1/berakningar/forsorjningsstod";
        lista.add(post(berakning, JSON, "{" + "\"a\":{".repeat(5_000) + "}".repeat(5_001)));
        lista.add(post(berakning, JSON, "[" .repeat(100_000)));
        lista.add(post(berakning, JSON, "{\"kommun\":\"" + "x".repeat(2_000_000) + "\"}"));
        lista.add(post(berakning, JSON, giltigt.replace("}]}", "}],\"personnummer\":\"19850402-1234\",\"okant\":[1,2,3]}")));
        lista.add(post(berakning, JSON, "{\"kommun\":\"nykoping\",\"manad\":2023,\"medlemmar\":{}}"));
        lista.add(post(berakning, JSON, "{\"kommun\":null,\"manad\":null,\"medlemmar\":null}"));
        lista.add(post(berakning, JSON, "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[null,1,\"a\"]}"));
        lista.add(post(berakning, JSON, "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":1e400,\"roll\":\"SOKANDE\"}]}"));
        lista.add(post(berakning, JSON, "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",\"medlemmar\":[{\"alder\":99999999999999999999,\"roll\":\"SOKANDE\"}]}"));
        lista.add(post(berakning, JSON, "\u0000\u0001\u0002"));
        lista.add(post(berakning, JSON, ""));
        lista.add(post(berakning, JSON, "\"text\""));
        lista.add(post(berakning, "text/plain", giltigt));
        lista.add(post(berakning, "application/xml", "<hushall/>"));
        lista.add(post(berakning, "application/x-www-form-urlencoded", "kommun=nykoping"));
        lista.add(post(berakning, "multipart/form-data; boundary=x", "--x--"));
        lista.add(post(berakning + "?spara=kanske", JSON, giltigt));
        lista.add(post(berakning + "/batch?detalj=allt", "application/x-ndjson", giltigt));
        lista.add(post(berakning + "/batch", "application/x-ndjson", "x".repeat(300_000) + "\n" + giltigt));
        lista.add(post(berakning + "/batch", JSON, giltigt));
        for (String sokvag : List.of("/api/v1/kommuner/..%2F..%2Fetc%2Fpasswd", "/api/v1/kommuner/%2e%2e%2f%2e%2e%2f",
                "/api/v1/kommuner/nykoping%27%20OR%20%271%27%3D%271", "/api/v1/kommuner/nykoping%3Bdrop%20table%20kommun",
                "/api/v1/kommuner/%00", "/api/v1/kommuner/" + "a".repeat(3000), "/api/v1/riksnormer/-2147483649",
                "/api/v1/riksnormer/0", "/api/v1/riksnormer/9999", "/api/v1/berakningar/%27%3B--", "/api/v1/berakningar/"
                        + "0".repeat(36), "/../../etc/passwd", "/api/v1/riksnormer/2023?ar=2031&ar=x", "/swagger/../application.yml")) {
            lista.add(get(sokvag));
        }
        lista.add(ny("/api/v1/riksnormer").method("DELETE", HttpRequest.BodyPublishers.noBody()).build());
        lista.add(ny("/api/v1/inlasning").method("PUT", HttpRequest.BodyPublishers.ofString("{}")).header("Content-Type", JSON).build());
        lista.add(ny("/api/v1/riksnormer/2023").header("Accept", "image/png").GET().build());
        lista.add(http().ny("/api/v1/kommuner").header("Authorization", "Bearer inte.en.token").GET().build());
        lista.add(http().anonym().ny("/api/v1/kommuner").header("Authorization", "Bearer " + "a".repeat(20_000)).GET().build());
        lista.add(http().anonym().ny("/api/v1/kommuner").header("Authorization", "ApiKey " + "b".repeat(500)).GET().build());
        while (lista.size() < 10_000 - SLUMPADE) {
            lista.add(post(berakning, JSON, rimligtHushall(lista.size())));
        }
        return lista;
    }

    private static String json(Object varde) {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(varde);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String kodad(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Most requests come logged in, so they reach the rules; every tenth comes anonymous or with a bad key. */
    private HttpRequest.Builder ny(String sokvag) {
        int vem = slump.nextInt(10);
        Http klient = vem == 0 ? http().anonym() : vem == 1 ? http().som("ingen-sådan-nyckel") : http();
        return klient.ny(sokvag);
    }

    private HttpRequest get(String sokvag) {
        return ny(sokvag).GET().build();
    }

    private HttpRequest post(String sokvag, String contentType, String body) {
        return ny(sokvag).header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

}
