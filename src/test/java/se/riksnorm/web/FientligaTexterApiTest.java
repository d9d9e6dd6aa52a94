package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Pdf;

/**
 * The texts a decision stores are written back into norms/ (the table's file, kallor.yaml), served as a norms
 * file and printed in the bilaga (the reliability review's finding 6: U+2028 in a nämnd made the year's export
 * fail for good). A text that cannot be written back as it is, is refused with 400 naming its field; every text
 * that is accepted, however much it means to YAML, HTML or a spreadsheet, comes back out of each as it went in.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FientligaTexterApiTest extends KorandeTjanstMedNormer {

    private static final String NAMND = "Social\"nämnden\" #1: {arbetsutskott} & <b>u</b> — 'AU'";
    private static final String PARAGRAF = "§ 12: - [a] *b* !c";
    private static final String DIARIENUMMER = "=SN23/41 @x";
    private static final String UNDERLAG = "Bilaga \\ \"Underlag\" --- ... | > ? % `";
    private static final String KALLTITEL = "Regeringens \"beslut\" #2024: {riksnorm} \\ del 1";

    private static String forslag;

    static Stream<Arguments> textSomInteKanSkrivasTillbaka() {
        return Stream.of(Arguments.of("namnd", "Social\\u2028nämnden", "U+2028"), Arguments.of("namnd", "Social\\u2029nämnden", "U+2029"),
                Arguments.of("namnd", "Social\\u0085nämnden", "U+0085"), Arguments.of("paragraf", "§ 1\\n§ 2", "U+000A"),
                Arguments.of("diarienummer", "SN\\t23", "U+0009"), Arguments.of("underlag", "\\u202Egnal", "U+202E"),
                Arguments.of("namnd", "ensam \\ud800 surrogat", "U+D800"), Arguments.of("namnd", "x".repeat(201), "Högst 200 tecken"));
    }

    @Test
    @Order(1)
    void forslagetTasFram() throws Exception {
        String publicerad = Files.readString(Path.of("src/test/resources/fall/riksnorm-2024.json"))
                .replace("Regeringens beslut om riksnormen för 2024", KALLTITEL.replace("\\", "\\\\").replace("\"", "\\\""));
        assertThat(http().begaran("PUT", "/api/v1/riksnormer/2024", publicerad).status()).isEqualTo(200);
        Http.Svar skapat = http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}");
        forslag = skapat.location();
        assertThat(http().begaran("POST", forslag + "/umgangesnorm/bekraftelse", "{}", "If-Match", skapat.etag()).status()).isEqualTo(200);
    }

    @ParameterizedTest(name = "{0}: {2}")
    @MethodSource("textSomInteKanSkrivasTillbaka")
    @Order(2)
    void enTextSomInteKanSkrivasTillbakaVagrasOchNamnerFaltet(String falt, String json, String iDetaljen) {
        java.util.Map<String, String> falten = new java.util.LinkedHashMap<>(java.util.Map.of("namnd", "Socialnämnden",
                "datum", "2023-12-07", "diarienummer", "SN23/41"));
        falten.put(falt, json); // as JSON escapes: the service reads \u2028 as the character itself
        String beslut = falten.entrySet().stream().map(e -> "\"" + e.getKey() + "\":\"" + e.getValue() + "\"")
                .collect(java.util.stream.Collectors.joining(",", "{", "}"));

        Http.Svar svar = http().andraForslag("POST", forslag + "/beslut", beslut);

        assertThat(svar.status()).as(svar.body()).isEqualTo(400);
        assertThat(svar.json().get("falt").asText()).isEqualTo(falt);
        assertThat(svar.json().get("detail").asText()).contains(iDetaljen);
    }

    @Test
    @Order(3)
    void enMotiveringMedRadavgransareVagras() {
        Http.Svar svar = http().andraForslag("PATCH", forslag, "{\"motivering\":\"rad 1\\u2028rad 2\",\"celler\":"
                + "[{\"cell\":\"personliga_kostnader.hygien.ar_3\",\"kronor\":1}]}");

        assertThat(svar.status()).as(svar.body()).isEqualTo(400);
        assertThat(svar.json().get("falt").asText()).isEqualTo("motivering");
    }

    @Test
    @Order(4)
    void beslutetsTexterKommerTillbakaUrVarjeFormat() throws Exception {
        // the nämnd typed with a combining diaeresis (NFD) is stored composed (NFC), as every other "ä"
        String namndNfd = NAMND.replace("ä", "a\u0308");
        Http.Svar svar = http().andraForslag("POST", forslag + "/beslut", "{\"namnd\":" + json(namndNfd) + ",\"datum\":\"2023-12-07\","
                + "\"paragraf\":" + json(PARAGRAF) + ",\"diarienummer\":" + json(DIARIENUMMER) + ",\"underlag\":" + json(UNDERLAG) + "}");
        assertThat(svar.status()).as(svar.body()).isEqualTo(201);

        JsonNode beslut = http().get("/api/v1/kommuner/nykoping/fordelningar/2024").json().get("beslut");
        assertThat(beslut.get("namnd").asText()).isEqualTo(NAMND);

        // the table's file and kallor.yaml, read back as the service reads norms/
        assertThat(http().begaran("POST", "/api/v1/riksnormer/2024/export", null).status()).isEqualTo(200);
        assertThat(http().begaran("POST", "/api/v1/kommuner/nykoping/fordelningar/2024/export", null).status()).isEqualTo(200);
        NormFiles filer = new NormFileReader().las(normer);
        assertThat(filer.fel()).isEmpty();
        Fordelning fil = filer.fordelningar().stream().map(NormFile::innehall).filter(f -> f.ar() == 2024).findFirst().orElseThrow();
        assertThat(fil.beslut().namnd()).isEqualTo(NAMND);
        assertThat(fil.beslut().paragraf()).isEqualTo(PARAGRAF);
        assertThat(fil.beslut().diarienummer()).isEqualTo(DIARIENUMMER);
        assertThat(fil.beslut().underlag()).isEqualTo(UNDERLAG);
        assertThat(filer.kallor().get("regeringen-2024").titel()).isEqualTo(KALLTITEL);
        assertThat(filer.kallor().get(fil.kalla().id()).titel()).contains(NAMND).contains(DIARIENUMMER);

        // the norms file as served for review is the same YAML
        JsonNode normfil = new ObjectMapper(new YAMLFactory()).readTree(http().get("/api/v1/kommuner/nykoping/fordelningar/2024/normfil").body());
        assertThat(normfil.get("beslut").get("namnd").asText()).isEqualTo(NAMND);
        assertThat(normfil.get("beslut").get("underlag").asText()).isEqualTo(UNDERLAG);

        // the decided table's bilaga: the decision as text in the PDF, escaped in HTML
        String pdf = Pdf.text(http().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2024/bilaga.pdf").innehall());
        assertThat(Pdf.utanMellanrum(pdf)).contains(Pdf.utanMellanrum(NAMND)).contains(Pdf.utanMellanrum(DIARIENUMMER));
        String html = new String(http().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2024/bilaga.html").innehall(), StandardCharsets.UTF_8);
        assertThat(html).doesNotContain("<b>u</b>").contains("&lt;b&gt;u&lt;/b&gt;");
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
