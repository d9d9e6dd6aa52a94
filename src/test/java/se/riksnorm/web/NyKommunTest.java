package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;

/**
 * The README's "A new kommun gets started", request for request, with the tests' keys of the demo keys' roles: Tranås
 * calculates from the start, sets its choices, checks and stores its table from a bilaga, has the decision recorded,
 * proposes next year and exports to norms/. Every answer the README prints is compared with the README's text.
 */
@MicronautTest(transactional = false)
class NyKommunTest extends KorandeTjanstMedNormer {

    private static final String JSON = "application/json";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private final List<String> utskrifter = new ArrayList<>();

    private Http vem() {
        return http().som("test-sakkunnig-tranas");
    }

    /** What `jq -c` prints for the fields, in the README's comment form. */
    private void skriv(String jq) {
        utskrifter.add("#  " + jq);
    }

    private static String falt(JsonNode nod, String... namn) {
        StringBuilder ut = new StringBuilder("{");
        for (String n : namn) {
            ut.append(ut.length() > 1 ? "," : "").append('"').append(n).append("\":").append(nod.get(n).toString());
        }
        return ut.append('}').toString();
    }

    @Test
    void enNyKommunKommerIgangUtanRepositoriet() throws IOException {
        // 1.
        JsonNode berakning = http().som("test-handlaggare-tranas").post("/api/v1/berakningar/forsorjningsstod", JSON,
                "{\"kommun\": \"Tranås\", \"manad\": \"2026-03\", \"medlemmar\": [{\"alder\": 40, \"roll\": \"SOKANDE\"}]}").json();
        StringBuilder koder = new StringBuilder("[" + berakning.get("summering").get("riksnorm"));
        berakning.get("anmarkningar").forEach(anmarkning -> koder.append(',').append(anmarkning.get("kod")));
        skriv(koder.append(']').toString());
        // 2.
        Http.Svar val = vem().get("/api/v1/kommuner/tranas/val");
        skriv(val.json().get("version").toString());
        skriv(val.json().get("val").toString());
        skriv(falt(vem().begaran("PUT", "/api/v1/kommuner/tranas/val", "{\"aldersbyte\": \"ALDER_FORSTA_DAGEN\", \"dagberakning\": "
                + "\"DAGBELOPP_GANGER_DAGAR\", \"hemmavarandeUngdom\": \"HALVT_UPPAT\"}", "If-Match", "\"1\"").json(), "version", "ursprung"));
        // 3.
        byte[] mall = vem().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.xlsx").innehall();
        // 4.
        skriv(falt(vem().ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2022?provning=true", XLSX, mall).json(), "lagrad", "meddelande"));
        // 5.
        skriv(falt(vem().ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2022", XLSX, mall).json(), "version", "meddelande"));
        skriv(falt(http().som("test-beslutsfattare-tranas").begaran("POST", "/api/v1/kommuner/tranas/fordelningar/2022/beslut",
                "{\"namnd\": \"Socialnämnden\", \"datum\": \"2021-12-09\", \"diarienummer\": \"SN 2021/58\"}", "If-Match", "\"1\"").json(),
                "version", "meddelande"));
        // 6.
        skriv(falt(vem().begaran("POST", "/api/v1/kommuner/tranas/forslag", "{\"ar\": 2023}").json(), "id", "status"));
        JsonNode export = vem().begaran("POST", "/api/v1/kommuner/tranas/fordelningar/2022/export", null).json();
        skriv(export.get("fil") + "  " + export.get("nyaFiler"));
        assertThat(normer.resolve("kommuner/tranas/kommun.yaml")).exists();

        String avsnitt = avsnitt(Files.readString(Path.of("README.md")), "## A new kommun gets started");
        List<String> iReadme = avsnitt.lines().filter(rad -> rad.startsWith("#  ")).toList();
        assertThat(utskrifter).isEqualTo(iReadme);
    }

    private static String avsnitt(String text, String rubrik) {
        int start = text.indexOf(rubrik);
        int slut = text.indexOf("\n## ", start + rubrik.length());
        return text.substring(start, slut < 0 ? text.length() : slut);
    }
}
