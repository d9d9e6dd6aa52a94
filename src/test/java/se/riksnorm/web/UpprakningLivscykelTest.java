package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Referens;
import se.riksnorm.support.ProjektetsNormer;
import se.riksnorm.support.Sql;

/**
 * A sakkunnig's autumn, step by step on one database: propose 2024's riksnorm from 2023 + 8,7 %, propose
 * Nyköping's 2024 split, adjust it, enter the published table, confirm the umgängesnorm, decide; then every
 * attempt to change the decided proposal is refused (409) and changes nothing; finally the 2023 table's
 * error is corrected by a decision that names the version it replaces, and both versions stay readable.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpprakningLivscykelTest extends KorandeTjanst {

    private static long forslag;

    @Inject
    DataSource dataSource;

    @Test
    @Order(1)
    void enAndringUtanInloggningVagras() {
        // the start loaded norms/: one history entry per table file (2019–2026 and Nyköping's two: 10)
        assertThat(Sql.tal(dataSource, "select count(*) from handelse where typ = 'INLAST_FRAN_FIL'"))
                .isEqualTo(ProjektetsNormer.antalTabellfiler());
        Http.Svar svar = http().anonym().begaran("POST", "/api/v1/riksnormer/2024/forslag", "{\"procent\":\"8.7\"}");

        assertThat(svar.status()).isEqualTo(401);
        assertThat(svar.arProblem()).isTrue();
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:ej-inloggad");
        assertThat(Sql.tal(dataSource, "select count(*) from handelse")).isEqualTo(ProjektetsNormer.antalTabellfiler());
    }

    @Test
    @Order(2)
    void ettFaststalltArForeslasInteOm() {
        Http.Svar svar = http().begaran("POST", "/api/v1/riksnormer/2023/forslag", "{\"procent\":\"8.6\"}", Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(409);
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:beslutad-tabell");
        assertThat(http().begaran("POST", "/api/v1/riksnormer/2024/forslag", "{\"procent\":\"åtta\"}", Http.API_NYCKEL, "anna.ulf")
                .json().get("falt").asText()).isEqualTo("procent");
    }

    @Test
    @Order(3)
    void riksnormen2024ForeslasUr2023() {
        Http.Svar svar = http().begaran("POST", "/api/v1/riksnormer/2024/forslag",
                "{\"procent\":\"8.7\",\"motivering\":\"Regeringens uppräkning 2024\"}", Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(201);
        assertThat(svar.location()).isEqualTo("/api/v1/riksnormer/2024");
        JsonNode r = svar.json();
        // it replaces the code model's preliminary 2024, which the rule reproduces in every cell: no amount changed
        assertThat(r.get("ersatte").asBoolean()).isTrue();
        assertThat(r.get("skillnader")).isEmpty();
        assertThat(r.get("riksnorm").get("status").asText()).isEqualTo("PRELIMINAR");
        assertThat(r.get("riksnorm").get("personligaKostnader").findValuesAsText("kronor"))
                .containsExactlyElementsOf(Referens.riksnorm("personliga").get(2024).stream().map(String::valueOf).toList());
        assertThat(r.get("riksnorm").get("personligaKostnader").get(0).get("kalla").asText()).isEqualTo("upprakning-2024-fran-2023-8-7");
        assertThat(r.get("riksnorm").get("kallor").findValuesAsText("tillforlitlighet")).contains("HARLEDD");
    }

    @Test
    @Order(4)
    void nykopings2024ForeslasUr2023() {
        Http.Svar svar = http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}", Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(201);
        JsonNode f = svar.json();
        forslag = f.get("id").asLong();
        assertThat(svar.location()).isEqualTo("/api/v1/forslag/" + forslag);
        assertThat(f.get("status").asText()).isEqualTo("FORSLAG");
        assertThat(f.get("fran").asInt()).isEqualTo(2023);
        JsonNode tabell = f.get("tabell");
        // 0 år: 823, 605, 121, 774, 97 × 2 640 / 2 420 = 897,8; 660,0; 132,0; 844,4; 105,8 → 898, 660, 132, 844, 106
        assertThat(tabell.get("personligaKostnader").get(0).get("poster").findValuesAsText("kronor"))
                .containsExactly("898", "660", "132", "844", "106");
        // 5 personer, from the decided 385 + 1 641 = 2 026: × 2 240 / 2 026 = 425,66 and 1 814,34 → 426 + 1 814 = 2 240
        JsonNode fem = tabell.get("gemensammaKostnader").get(4);
        assertThat(fem.get("poster").findValuesAsText("kronor")).containsExactly("426", "1814");
        assertThat(fem.get("differens").asLong()).isZero();
        assertThat(tabell.get("avvikelser")).isEmpty();
        assertThat(tabell.get("kalla").get("tillforlitlighet").asText()).isEqualTo("HARLEDD");
        assertThat(tabell.get("kalla").get("titel").asText()).contains("fördelning 2023 (SN22/37) skalad till riksnormen 2024");
        // umgänge 0 år: (2 640 − 660) × 12 / 365,25 = 65,05 → 65, a proposal to confirm
        assertThat(tabell.get("umgangesnorm").findValuesAsText("perDag")).containsExactly("65", "74", "62", "74", "95", "113", "127", "128");
        assertThat(f.get("umgangesnorm").get("bekraftad").asBoolean()).isFalse();
        // example (from 2022's, 5 personer): 2 240 / 5 = 448; 448 + 3 800 = 4 248
        assertThat(tabell.get("hemmavarandeUngdom").get("exempel").get("summa").asLong()).isEqualTo(4248);
        assertThat(f.get("hinderForBeslut")).hasSize(2);
        assertThat(Sql.tal(dataSource, "select count(*) from forslag_cell where forslag_id = ?", forslag)).isEqualTo(68 + 30 + 8 + 4);
    }

    @Test
    @Order(5)
    void sakkunnigFlyttarEnKronaOchVarjeAndringSparasMedVemNarVarfor() {
        Http.Svar svar = http().andraForslag("PATCH", "/api/v1/forslag/" + forslag, """
                {"motivering":"Försäkringen avrundas uppåt som 2023",
                 "celler":[{"cell":"personliga_kostnader.barn_och_ungdomsforsakring.ar_0","kronor":107},
                           {"cell":"personliga_kostnader.klader_och_skor.ar_0","kronor":659}]}""", Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.json().get("andrat").toString()).isEqualTo("[{\"cell\":\"personliga_kostnader.barn_och_ungdomsforsakring.ar_0\","
                + "\"fore\":\"106\",\"efter\":\"107\"},{\"cell\":\"personliga_kostnader.klader_och_skor.ar_0\",\"fore\":\"660\",\"efter\":\"659\"}]");
        assertThat(svar.json().get("forslag").get("tabell").get("avvikelser")).isEmpty();
        JsonNode historik = http().get("/api/v1/forslag/" + forslag + "/historik").json();
        assertThat(historik.findValuesAsText("typ")).containsExactly("FORSLAG_SKAPAT", "CELLER_ANDRADE");
        JsonNode andring = historik.get(1);
        assertThat(andring.get("anvandare").asText()).isEqualTo("anna.ulf");
        assertThat(andring.get("motivering").asText()).isEqualTo("Försäkringen avrundas uppåt som 2023");
        assertThat(andring.get("tidpunkt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
        assertThat(andring.get("skillnader")).hasSize(2);
        assertThat(Sql.tal(dataSource, "select kronor from forslag_cell where forslag_id = ? and rad = 'klader_och_skor' "
                + "and kolumn = 'ar_0'", forslag)).isEqualTo(659);
    }

    @Test
    @Order(6)
    void felaktigaAndringarVagrasOchAndrarIngenting() {
        long handelser = Sql.tal(dataSource, "select count(*) from handelse");
        Http.Svar utanMotivering = http().andraForslag("PATCH", "/api/v1/forslag/" + forslag,
                "{\"celler\":[{\"cell\":\"personliga_kostnader.hygien.ar_3\",\"kronor\":1}]}", Http.API_NYCKEL, "anna.ulf");
        Http.Svar matnorm = http().andraForslag("PATCH", "/api/v1/forslag/" + forslag,
                "{\"motivering\":\"x\",\"celler\":[{\"cell\":\"matnorm.per_dag.ar_0\",\"kronor\":1}]}", Http.API_NYCKEL, "anna.ulf");
        Http.Svar negativ = http().andraForslag("PATCH", "/api/v1/forslag/" + forslag, "{\"motivering\":\"x\",\"celler\":["
                + "{\"cell\":\"personliga_kostnader.hygien.ar_3\",\"kronor\":1},{\"cell\":\"personliga_kostnader.hygien.ar_4_6\",\"kronor\":-5}]}",
                Http.API_NYCKEL, "anna.ulf");

        assertThat(utanMotivering.json().get("falt").asText()).isEqualTo("motivering");
        assertThat(matnorm.json().get("falt").asText()).isEqualTo("celler[0].cell");
        assertThat(negativ.json().get("falt").asText()).isEqualTo("celler[1].kronor");
        assertThat(List.of(utanMotivering.status(), matnorm.status(), negativ.status())).containsOnly(400);
        assertThat(Sql.tal(dataSource, "select kronor from forslag_cell where forslag_id = ? and rad = 'hygien' and kolumn = 'ar_3'",
                forslag)).isEqualTo(210);
        assertThat(Sql.tal(dataSource, "select count(*) from handelse")).isEqualTo(handelser);
        assertThat(http().get("/api/v1/forslag/999999").status()).isEqualTo(404);
    }

    @Test
    @Order(7)
    void beslutHindrasAvPreliminarRiksnormOchObekraftadUmgangesnorm() {
        Http.Svar svar = http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/beslut", beslut(null), Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(409);
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:beslut-hindras");
        assertThat(svar.json().get("fel")).hasSize(2);
        assertThat(svar.json().get("fel").get(0).get("meddelande").asText()).startsWith("Riksnormen för 2024 är preliminär");
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning where ar = 2024")).isZero();
    }

    @Test
    @Order(8)
    void denPubliceradeTabellenErsatterForslagetOchVarjeSkillnadRapporteras() {
        // suppose the published table says 2 650 kr for 0 år where the rule proposed 2 640
        Http.Svar svar = http().begaran("PUT", "/api/v1/riksnormer/2024", publicerad2024(2650), Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(200);
        assertThat(svar.json().get("skillnader").toString())
                .isEqualTo("[{\"cell\":\"personliga_kostnader.ar_0\",\"fore\":\"2640\",\"efter\":\"2650\"}]");
        assertThat(svar.json().get("riksnorm").get("status").asText()).isEqualTo("FASTSTALLD");
        assertThat(svar.json().get("riksnorm").get("personligaKostnader").get(0).get("kalla").asText()).isEqualTo("regeringen-2024");
        assertThat(http().get("/api/v1/riksnormer/2024/historik").json().findValuesAsText("typ"))
                .containsExactly("INLAST_FRAN_FIL", "RIKSNORM_FORESLAGEN", "RIKSNORM_FASTSTALLD");
        // entering the same table again changes nothing; a different one is refused
        assertThat(http().begaran("PUT", "/api/v1/riksnormer/2024", publicerad2024(2650), Http.API_NYCKEL, "anna.ulf").json()
                .get("skillnader")).isEmpty();
        Http.Svar annan = http().begaran("PUT", "/api/v1/riksnormer/2024", publicerad2024(2660), Http.API_NYCKEL, "anna.ulf");
        assertThat(annan.status()).isEqualTo(409);
        assertThat(Sql.tal(dataSource, "select kronor from riksnorm_cell where ar = 2024 and kolumn = 'ar_0'")).isEqualTo(2650);
        // the proposal's 0 år column now sums to 2 640 against 2 650: a finding
        JsonNode f = http().get("/api/v1/forslag/" + forslag).json();
        assertThat(f.get("tabell").get("avvikelser").findValuesAsText("meddelande"))
                .containsExactly("Personliga kostnader, 0 år: 2 640 kr men förväntat 2 650 kr (\u221210 kr). "
                        + "Kolumnens poster ska summera till riksnormens belopp.");
    }

    @Test
    @Order(9)
    void sakkunnigRattarKolumnenOchBekraftarUmgangesnormen() {
        http().andraForslag("PATCH", "/api/v1/forslag/" + forslag, "{\"motivering\":\"Den publicerade tabellen: +10 kr till livsmedel\","
                + "\"celler\":[{\"cell\":\"personliga_kostnader.livsmedel.ar_0\",\"kronor\":908}]}", Http.API_NYCKEL, "anna.ulf");
        Http.Svar svar = http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/umgangesnorm/bekraftelse",
                "{\"motivering\":\"Regeln godtas för 2024\"}", Http.API_NYCKEL, "bo.berg");

        JsonNode f = svar.json();
        assertThat(f.get("umgangesnorm").get("bekraftad").asBoolean()).isTrue();
        assertThat(f.get("hinderForBeslut")).isEmpty();
        // matnorm follows livsmedel: 908 × 84 / 365 = 208,96 → 209; 908 × 12 / 365 = 29,85 → 30
        assertThat(f.get("tabell").get("matnorm").get(0).get("perVecka").asLong()).isEqualTo(209);
        assertThat(f.get("tabell").get("matnorm").get(0).get("perDag").asLong()).isEqualTo(30);
    }

    @Test
    @Order(10)
    void forslagetBeslutas() {
        Http.Svar utanDnr = http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/beslut",
                "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\"}", Http.API_NYCKEL, "anna.ulf");
        assertThat(utanDnr.json().get("falt").asText()).isEqualTo("diarienummer");

        Http.Svar svar = http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/beslut", beslut(null), Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(201);
        assertThat(svar.location()).isEqualTo("/api/v1/kommuner/nykoping/fordelningar/2024/versioner/1");
        assertThat(svar.json().get("status").asText()).isEqualTo("BESLUTAD");
        JsonNode beslutad = http().get("/api/v1/kommuner/nykoping/fordelningar/2024").json();
        assertThat(beslutad.get("status").asText()).isEqualTo("BESLUTAD");
        assertThat(beslutad.get("beslut").get("diarienummer").asText()).isEqualTo("SN23/41");
        assertThat(beslutad.get("beslut").get("paragraf").asText()).isEqualTo("§ 112");
        assertThat(beslutad.get("beslut").get("underlag").asText())
                .isEqualTo("Bilaga \"Underlag för beräkning av normen för ekonomiskt bistånd 2024\" till tjänsteskrivelse 2023-11-20");
        assertThat(beslutad.get("kalla").get("id").asText()).isEqualTo("nykoping-2024-sn23-41");
        assertThat(beslutad.get("kalla").get("tillforlitlighet").asText()).isEqualTo("OFFICIELL");
        assertThat(beslutad.get("personligaKostnader").get(0).get("poster").findValuesAsText("kronor"))
                .containsExactly("908", "659", "132", "844", "107");
        assertThat(beslutad.get("avvikelser")).isEmpty();
    }

    @Test
    @Order(11)
    void varjeForsokAttAndraDetBeslutadeForslagetGer409OchAndrarIngenting() {
        var celler = Sql.rader(dataSource, "select kronor from forslag_cell where forslag_id = ? order by id", forslag);
        long handelser = Sql.tal(dataSource, "select count(*) from handelse");
        long versioner = Sql.tal(dataSource, "select count(*) from fordelning where ar = 2024");

        List<Http.Svar> forsok = new ArrayList<>();
        forsok.add(http().andraForslag("PATCH", "/api/v1/forslag/" + forslag, "{\"motivering\":\"x\",\"celler\":"
                + "[{\"cell\":\"personliga_kostnader.livsmedel.ar_0\",\"kronor\":1}]}", Http.API_NYCKEL, "anna.ulf"));
        forsok.add(http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/umgangesnorm/bekraftelse", "{}", Http.API_NYCKEL, "anna.ulf"));
        forsok.add(http().andraForslag("POST", "/api/v1/forslag/" + forslag + "/beslut", beslut(1), Http.API_NYCKEL, "anna.ulf"));
        forsok.add(http().andraForslag("DELETE", "/api/v1/forslag/" + forslag, null, Http.API_NYCKEL, "anna.ulf"));

        assertThat(forsok).allSatisfy(svar -> {
            assertThat(svar.status()).isEqualTo(409);
            assertThat(svar.arProblem()).isTrue();
            assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:beslutad-tabell");
            assertThat(svar.json().get("detail").asText()).contains("är beslutat (version 1) och ändras inte");
        });
        assertThat(Sql.rader(dataSource, "select kronor from forslag_cell where forslag_id = ? order by id", forslag)).isEqualTo(celler);
        assertThat(Sql.tal(dataSource, "select count(*) from handelse")).isEqualTo(handelser);
        assertThat(Sql.tal(dataSource, "select count(*) from fordelning where ar = 2024")).isEqualTo(versioner);
    }

    @Test
    @Order(12)
    void felet2023RattasGenomEttNyttBeslutSomAngerVadDetErsatter() {
        Http.Svar skapat = http().begaran("POST", "/api/v1/kommuner/0480/forslag",
                "{\"ar\":2023,\"fran\":2023,\"motivering\":\"Rättelse: 5 personer summerar till 2 026 kr\"}", Http.API_NYCKEL, "anna.ulf");
        long rattelse = skapat.json().get("id").asLong();
        // 385 × 2 060 / 2 026 = 391,46 and 1 641 × 2 060 / 2 026 = 1 668,54 → 391 + 1 669 = 2 060
        assertThat(skapat.json().get("tabell").get("gemensammaKostnader").get(4).get("poster").findValuesAsText("kronor"))
                .containsExactly("391", "1669");
        // keep the decided umgängesnorm where the rule differs: 0 år 58 (rule 59), 7–10 år 86 (rule 87)
        http().andraForslag("PATCH", "/api/v1/forslag/" + rattelse, "{\"motivering\":\"Umgängesnormen som beslutad 2022-12-08\","
                + "\"celler\":[{\"cell\":\"umgangesnorm.per_dag.ar_0\",\"kronor\":58},{\"cell\":\"umgangesnorm.per_dag.ar_7_10\",\"kronor\":86}]}",
                Http.API_NYCKEL, "anna.ulf");
        http().andraForslag("POST", "/api/v1/forslag/" + rattelse + "/umgangesnorm/bekraftelse", "{}", Http.API_NYCKEL, "anna.ulf");

        Http.Svar utan = http().andraForslag("POST", "/api/v1/forslag/" + rattelse + "/beslut", beslut(null), Http.API_NYCKEL, "anna.ulf");
        Http.Svar fel = http().andraForslag("POST", "/api/v1/forslag/" + rattelse + "/beslut", beslut(2), Http.API_NYCKEL, "anna.ulf");
        assertThat(utan.status()).isEqualTo(409);
        assertThat(utan.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:ersattning-kravs");
        assertThat(utan.json().get("detail").asText()).contains("version 1, Socialnämnden 2022-12-08, Dnr SN22/37").contains("ersatter = 1");
        assertThat(fel.status()).isEqualTo(409);
        assertThat(fel.json().get("falt").asText()).isEqualTo("ersatter");

        Http.Svar svar = http().andraForslag("POST", "/api/v1/forslag/" + rattelse + "/beslut", beslut(1), Http.API_NYCKEL, "anna.ulf");

        assertThat(svar.status()).isEqualTo(201);
        JsonNode iKraft = http().get("/api/v1/kommuner/nykoping/fordelningar/2023").json();
        assertThat(iKraft.get("gemensammaKostnader").get(4).get("summa").asLong()).isEqualTo(2060);
        assertThat(iKraft.get("avvikelser")).isEmpty();
        assertThat(iKraft.get("umgangesnorm").findValuesAsText("perDag")).containsExactly("58", "68", "57", "68", "86", "104", "116", "117");
        JsonNode gammal = http().get("/api/v1/kommuner/nykoping/fordelningar/2023/versioner/1").json();
        assertThat(gammal.get("iKraft").asBoolean()).isFalse();
        assertThat(gammal.get("ersattAv").asInt()).isEqualTo(2);
        assertThat(gammal.get("tabell").get("gemensammaKostnader").get(4).get("poster").findValuesAsText("kronor"))
                .containsExactly("385", "1641");
        assertThat(gammal.get("tabell").get("avvikelser")).hasSize(1);
        JsonNode historik = http().get("/api/v1/kommuner/nykoping/fordelningar/2023/historik").json();
        assertThat(historik.get("versioner").findValuesAsText("version")).containsExactly("1", "2");
        assertThat(historik.get("versioner").get(1).get("ersatter").asInt()).isEqualTo(1);
        assertThat(historik.get("handelser").findValuesAsText("typ"))
                .containsExactly("INLAST_FRAN_FIL", "FORSLAG_SKAPAT", "CELLER_ANDRADE", "UMGANGESNORM_BEKRAFTAD", "ERSATT", "BESLUTAD");
        assertThat(historik.get("handelser").get(0).get("anvandare").asText()).isEqualTo("inläsning av norms/");
        assertThat(historik.get("handelser").get(0).get("motivering").asText()).isEqualTo("Inläst från norms/kommuner/nykoping/2023.yaml");
        assertThat(historik.get("handelser").get(4).get("skillnader").toString())
                .contains("{\"cell\":\"gemensamma_kostnader.forbrukningsvaror.5\",\"fore\":\"385 (nykoping-sn22-37)\","
                        + "\"efter\":\"391 (nykoping-2023-sn23-41)\"}");
    }

    @Test
    @Order(13)
    void enAnvandareMedSvenskaTeckenSparasSomDenHeter() {
        // the name is the key's, as configured (application-test.yml), whatever characters it has
        Http.Svar svar = http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2025}", Http.API_NYCKEL, "asa-oberg");

        assertThat(svar.status()).as(svar.body()).isEqualTo(201);
        assertThat(Sql.text(dataSource, "select skapad_av from forslag order by id desc limit 1")).isEqualTo("Åsa Öberg");
    }

    private static String beslut(Integer ersatter) {
        return "{\"namnd\":\"Socialnämnden\",\"datum\":\"2023-12-07\",\"paragraf\":\"§ 112\",\"diarienummer\":\"SN23/41\","
                + "\"tjansteskrivelse\":\"2023-11-20\"" + (ersatter == null ? "" : ",\"ersatter\":" + ersatter) + "}";
    }

    private static String publicerad2024(long ar0) {
        List<Long> personliga = new ArrayList<>(Referens.riksnorm("personliga").get(2024));
        personliga.set(0, ar0);
        List<Long> gemensamma = Referens.riksnorm("gemensamma").get(2024);
        String[] kolumner = {"ar_0", "ar_1_2", "ar_3", "ar_4_6", "ar_7_10", "ar_11_14", "ar_15_18", "ar_19_20", "ensamstaende", "sammanboende"};
        StringBuilder json = new StringBuilder("{\"kalla\":{\"id\":\"regeringen-2024\",\"titel\":\"Regeringens beslut om riksnormen 2024\"},"
                + "\"personligaKostnader\":{");
        for (int i = 0; i < kolumner.length; i++) {
            json.append(i > 0 ? "," : "").append('"').append(kolumner[i]).append("\":").append(personliga.get(i));
        }
        json.append("},\"gemensammaKostnader\":{");
        for (int i = 0; i < gemensamma.size(); i++) {
            json.append(i > 0 ? "," : "").append('"').append(i + 1).append("\":").append(gemensamma.get(i));
        }
        return json.append("}}").toString();
    }
}
