package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Http;
import se.riksnorm.support.Referens;

/** The read API as a handläggare or another system sees it, checked against the reference figures. */
@MicronautTest(transactional = false)
class ReadApiTest extends KorandeTjanst {

    @Test
    void listarAllaArMedStatus() {
        JsonNode ar = ok("/api/v1/riksnormer");
        // every year of norms/riksnorm/, in order; the reference's years 2019–2023 published, 2024–2026 derived
        assertThat(ar.findValuesAsText("ar")).containsExactlyElementsOf(ProjektetsNormer.riksnormsar().stream().map(String::valueOf).toList());
        assertThat(ar.findValuesAsText("status").subList(0, 8)).containsExactly("FASTSTALLD", "FASTSTALLD", "FASTSTALLD", "FASTSTALLD",
                "FASTSTALLD", "PRELIMINAR", "PRELIMINAR", "PRELIMINAR");
        assertThat(ar.get(4).get("upprakningProcent").asText()).isEqualTo("8.6");
        // 2026: 8 confirmed cells (4 personal, 4 household), the other 9 derived
        assertThat(ar.get(7).get("ar").asInt()).isEqualTo(2026);
        assertThat(ar.get(7).get("tillforlitlighet").get("KOMMUNSIDA").asInt()).isEqualTo(8);
        assertThat(ar.get(7).get("tillforlitlighet").get("HARLEDD").asInt()).isEqualTo(9);
    }

    @Test
    void ettArsRiksnormMedKallorna() {
        JsonNode r = ok("/api/v1/riksnormer/2023");
        assertThat(r.get("personligaKostnader")).hasSize(10);
        assertThat(r.get("personligaKostnader").get(0).get("kolumn").asText()).isEqualTo("ar_0");
        assertThat(r.get("personligaKostnader").get(0).get("kronor").asLong()).isEqualTo(2420);
        assertThat(r.get("personligaKostnader").get(0).get("kalla").asText()).isEqualTo("nykoping-sn22-37-riksnorm");
        assertThat(r.get("personligaKostnader").get(9).get("kronor").asLong()).isEqualTo(6300);
        assertThat(r.get("gemensammaKostnader").findValuesAsText("kronor"))
                .containsExactly("1130", "1250", "1580", "1790", "2060", "2330", "2510");
        // G7 − G6 = 2 510 − 2 330 = 180
        assertThat(r.get("storreHushall").get("tillaggPerPerson").asLong()).isEqualTo(180);
        assertThat(r.get("upprakning").get("procent").asText()).isEqualTo("8.6");
        assertThat(r.get("kallor").findValuesAsText("id"))
                .contains("nykoping-sn22-37-riksnorm", "kommunsidor-2023", "regeringen-2022-11-03", "sof-2-kap-1");
        assertThat(r.get("avvikelser")).isEmpty();
        assertThat(r.get("ejLunch")).isEmpty();
        assertThat(ok("/api/v1/riksnormer/2019").get("ejLunch").findValuesAsText("kronor"))
                .containsExactly("2000", "2190", "1940", "2120");
    }

    @ParameterizedTest(name = "kommunen hittas som \"{0}\"")
    @ValueSource(strings = {"nykoping", "0480", "Nyk%C3%B6ping", "NYK%C3%96PING", "nyk%C3%B6ping"})
    void kommunenHittasMedIdKodOchNamn(String kommun) {
        JsonNode svar = ok("/api/v1/kommuner/" + kommun);
        assertThat(svar.get("id").asText()).isEqualTo("nykoping");
        assertThat(svar.get("kod").asText()).isEqualTo("0480");
        assertThat(svar.get("namn").asText()).isEqualTo("Nyköping");
        assertThat(svar.get("ar").findValuesAsText("ar")).isEmpty();
        assertThat(svar.get("ar").toString()).isEqualTo("[2022,2023]");
    }

    @Test
    void kommunensFordelningarMedAntalAvvikelser() {
        JsonNode kommuner = ok("/api/v1/kommuner");
        assertThat(kommuner).hasSize(290);
        assertThat(kommuner).filteredOn(k -> k.get("ar").size() > 0).singleElement()
                .satisfies(k -> assertThat(k.get("namn").asText() + " " + k.get("ar")).isEqualTo("Nyköping [2022,2023]"));
        JsonNode lista = ok("/api/v1/kommuner/nykoping/fordelningar");
        assertThat(lista).hasSize(2);
        assertThat(lista.get(1).get("ar").asInt()).isEqualTo(2023);
        assertThat(lista.get(1).get("diarienummer").asText()).isEqualTo("SN22/37");
        assertThat(lista.get(1).get("beslutsdatum").asText()).isEqualTo("2022-12-08");
        assertThat(lista.get(1).get("antalAvvikelser").asInt()).isEqualTo(1);
        assertThat(lista.get(0).get("antalAvvikelser").asInt()).isZero();
    }

    @Test
    void nykoping2023AllaCellerBeslutOchAvvikelsen() {
        JsonNode f = ok("/api/v1/kommuner/nykoping/fordelningar/2023");
        Map<String, List<Long>> bilaga = Referens.nykopingBilaga(2023);

        assertThat(f.get("status").asText()).isEqualTo("BESLUTAD");
        assertThat(f.get("beslut").get("namnd").asText()).isEqualTo("Socialnämnden");
        assertThat(f.get("beslut").get("datum").asText()).isEqualTo("2022-12-08");
        assertThat(f.get("beslut").get("diarienummer").asText()).isEqualTo("SN22/37");
        assertThat(f.get("beslut").get("tjansteskrivelseDatum").asText()).isEqualTo("2022-11-21");
        assertThat(f.get("kalla").get("id").asText()).isEqualTo("nykoping-sn22-37");
        assertThat(f.get("kalla").get("tillforlitlighet").asText()).isEqualTo("OFFICIELL");

        List<String> postrader = List.of("Livsmedel", "Kläder / skor", "Fritid / lek", "Hygien", "Barn- och ungdomsförsäkring");
        int celler = 0;
        for (int kolumn = 0; kolumn < 10; kolumn++) {
            JsonNode poster = f.get("personligaKostnader").get(kolumn).get("poster");
            for (int rad = 0; rad < poster.size(); rad++) {
                assertThat(poster.get(rad).get("kronor").asLong()).isEqualTo(bilaga.get(postrader.get(rad)).get(kolumn));
                celler++;
            }
            assertThat(f.get("personligaKostnader").get(kolumn).get("summa").asLong())
                    .isEqualTo(bilaga.get("Summa personliga kostnader").get(kolumn));
        }
        List<Long> gemensammaSummor = new ArrayList<>();
        for (int antal = 1; antal <= 10; antal++) {
            JsonNode kolumn = f.get("gemensammaKostnader").get(antal - 1);
            assertThat(kolumn.get("poster").get(0).get("kronor").asLong()).isEqualTo(bilaga.get("Förbrukningsvaror i hemmet").get(antal - 1));
            assertThat(kolumn.get("poster").get(1).get("kronor").asLong()).isEqualTo(bilaga.get("Telefon, dagstidning m m").get(antal - 1));
            gemensammaSummor.add(kolumn.get("summa").asLong());
            celler += 2;
        }
        assertThat(celler).isEqualTo(68);
        assertThat(gemensammaSummor).isEqualTo(bilaga.get("Summa gemensamma kostnader"));
        // 5 personer: 385 + 1 641 = 2 026 against the riksnorm's 2 060
        JsonNode fem = f.get("gemensammaKostnader").get(4);
        assertThat(fem.get("riksnorm").asLong()).isEqualTo(2060);
        assertThat(fem.get("differens").asLong()).isEqualTo(-34);
        assertThat(f.get("avvikelser")).singleElement().satisfies(a -> {
            assertThat(a.get("tabell").asText()).isEqualTo("GEMENSAMMA_KOSTNADER");
            assertThat(a.get("kolumn").asText()).isEqualTo("5 personer");
            assertThat(a.get("forvantat").asLong()).isEqualTo(2060);
            assertThat(a.get("faktiskt").asLong()).isEqualTo(2026);
            assertThat(a.get("differens").asLong()).isEqualTo(-34);
        });
        assertThat(f.get("matnorm").get(0).get("perVecka").asLong()).isEqualTo(189);
        assertThat(f.get("umgangesnorm").findValuesAsText("perDag")).containsExactly("58", "68", "57", "68", "86", "104", "116", "117");
    }

    @Test
    void nykoping2022MedUngdomsexemplet() {
        JsonNode f = ok("/api/v1/kommuner/nykoping/fordelningar/2022");
        JsonNode exempel = f.get("hemmavarandeUngdom").get("exempel");
        // 1 890 / 5 = 378; 378 + 3 210 = 3 588
        assertThat(exempel.get("gemensamma").asLong()).isEqualTo(1890);
        assertThat(exempel.get("andel").asLong()).isEqualTo(378);
        assertThat(exempel.get("summa").asLong()).isEqualTo(3588);
        assertThat(f.get("beslut").get("datum").isNull()).isTrue();
        assertThat(f.get("avvikelser")).isEmpty();
    }

    @Test
    void inlasningenOchDokumentationenServeras() {
        JsonNode inlasning = ok("/api/v1/inlasning");
        // NY on the first load, OFORANDRAD after a reload by another test
        assertThat(inlasning.get("sammanfattning").get("NY").asInt() + inlasning.get("sammanfattning").get("OFORANDRAD").asInt())
                .isEqualTo(ProjektetsNormer.antalInlasningsfiler());
        assertThat(inlasning.get("filer")).hasSize(ProjektetsNormer.antalInlasningsfiler());

        Http.Svar ui = http().get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.contentType()).startsWith("text/html");
        Http.Svar spec = http().get("/swagger/riksnorm-1.yml");
        assertThat(spec.status()).isEqualTo(200);
        assertThat(spec.body()).contains("/api/v1/kommuner/{kommun}/fordelningar/{ar}");
        assertThat(http().get("/health").status()).isEqualTo(200);
    }

    @Test
    void inlasningenKanGorasOmUtanOmstart() {
        Http.Svar svar = http().post("/api/v1/inlasning", "application/json", "{}");
        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.json().get("sammanfattning").get("OFORANDRAD").asInt()).isEqualTo(ProjektetsNormer.antalInlasningsfiler());
    }

    private JsonNode ok(String sokvag) {
        Http.Svar svar = http().get(sokvag);
        assertThat(svar.status()).as(sokvag + ": " + svar.body()).isEqualTo(200);
        assertThat(svar.contentType()).startsWith("application/json");
        return svar.json();
    }
}
