package se.riksnorm.web.kommun;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Arbetsbok;
import se.riksnorm.support.Databasdump;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * Bad uploads: each answered 4xx problem+json that names the sheet, row and column (or the field), and each leaves the
 * database exactly as it was (every table compared before and after).
 */
@MicronautTest(transactional = false)
class InmatningFelTest extends KorandeTjanst {

    private static final String XLSX = EgenTabellTest.XLSX;
    private static final String TRANAS_2022 = "/api/v1/kommuner/tranas/fordelningar/2022";

    @Inject
    DataSource dataSource;

    private String fore;
    private byte[] bilaga;

    @BeforeEach
    void las() {
        fore = Databasdump.av(dataSource);
        bilaga = http().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.xlsx").innehall();
    }

    private JsonNode vagras(String contentType, byte[] fil, int status, String typ) {
        Http.Svar svar = http().ladda("PUT", TRANAS_2022, contentType, fil);
        assertThat(svar.status()).as(svar.body()).isEqualTo(status);
        assertThat(svar.arProblem()).isTrue();
        assertThat(svar.json().get("type").asText()).isEqualTo("urn:riksnorm:problem:" + typ);
        assertThat(Databasdump.av(dataSource)).as("inget sparat").isEqualTo(fore);
        return svar.json();
    }

    private JsonNode vagrasXlsx(Consumer<Arbetsbok> andring, int status, String typ) {
        return vagras(XLSX, Arbetsbok.andra(bilaga, andring), status, typ);
    }

    /** Where the cell stands, as the problem names it: {@code 'Underlag 2022'!C8}. */
    private String referens(String rad, String kolumn) {
        String[] ref = new String[1];
        Arbetsbok.andra(bilaga, bok -> {
            Cell cell = bok.cell(rad, kolumn);
            ref[0] = "'" + cell.getSheet().getSheetName() + "'!" + cell.getAddress().formatAsString();
        });
        return ref[0];
    }

    @Test
    void textIEnSifferCell() {
        JsonNode problem = vagrasXlsx(bok -> bok.satt("Hygien", "3 år", "tio"), 422, "ogiltig-tabell");
        String ref = referens("Hygien", "3 år");
        assertThat(problem.get("falt").asText()).isEqualTo(ref);
        assertThat(problem.get("fel").get(0).get("meddelande").asText()).matches("Blad 'Underlag 2022', rad [0-9]+, kolumn D: "
                + "Personliga kostnader, Hygien, 3 år: 'tio' är inte ett belopp; ange hela kronor med siffror");
    }

    @Test
    void ettNegativtBeloppOchEttMedDecimaler() {
        JsonNode problem = vagrasXlsx(bok -> bok.satt("Livsmedel", "0 år", -755).satt("Telefon, dagstidning m.m.", "2 personer", 100.5),
                422, "ogiltig-tabell");
        assertThat(problem.get("fel")).hasSize(2);
        assertThat(problem.get("fel").get(0).get("falt").asText()).isEqualTo(referens("Livsmedel", "0 år"));
        assertThat(problem.get("fel").get(0).get("meddelande").asText()).endsWith("Personliga kostnader, Livsmedel, 0 år: -755 kr är "
                + "negativt; ett behov är minst 0 kr");
        assertThat(problem.get("fel").get(1).get("meddelande").asText()).endsWith("100.5 är inte hela kronor");
    }

    @Test
    void enFormel() {
        JsonNode problem = vagrasXlsx(bok -> bok.formel("Summa personliga kostnader", "0 år", "SUM(B5:B9)"), 422, "ogiltig-tabell");
        assertThat(problem.get("falt").asText()).isEqualTo(referens("Summa personliga kostnader", "0 år"));
        assertThat(problem.get("fel").get(0).get("meddelande").asText()).contains("cellen innehåller en formel (=SUM(B5:B9))");
    }

    @Test
    void enKolumnSaknas() {
        JsonNode problem = vagrasXlsx(bok -> bok.bok().getSheetAt(0).getRow(bok.cell("Livsmedel", "3 år").getRowIndex() - 1)
                .getCell(bok.cell("Livsmedel", "3 år").getColumnIndex()).setCellValue(""), 422, "ogiltig-tabell");
        assertThat(problem.toString()).contains("kolumnen '3 år' saknas i rubrikraden")
                .contains("Personliga kostnader, Livsmedel, 3 år saknas: kolumnen finns inte i filen");
        assertThat(problem.get("fel").get(0).get("meddelande").asText()).startsWith("Blad 'Underlag 2022', rad ");
    }

    @Test
    void enRadSaknas() {
        JsonNode problem = vagrasXlsx(bok -> bok.cell("Hygien", "0 år").getRow().getCell(0).setCellValue("Hygienartiklar"),
                422, "ogiltig-tabell");
        assertThat(problem.get("fel").findValuesAsText("meddelande")).containsExactly("Personliga kostnader: raden 'Hygien' saknas");
    }

    @Test
    void felArSomFilenSjalvAnger() {
        Http.Svar svar = http().ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2023", XLSX, bilaga);
        assertThat(svar.status()).as(svar.body()).isEqualTo(422);
        assertThat(svar.json().get("falt").asText()).isEqualTo("'Underlag 2022'!A2");
        assertThat(svar.json().get("fel").get(0).get("meddelande").asText()).startsWith("Blad 'Underlag 2022', rad 2, kolumn A: filen "
                + "gäller 2022 ('UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2022'), men tabellen matas in för 2023");
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    @Test
    void felKommunOchFelArIJsonEllerYaml() {
        byte[] normfil = http().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/normfil").innehall();
        JsonNode kommun = vagras("application/yaml", normfil, 422, "ogiltig-tabell");
        assertThat(kommun.get("falt").asText()).isEqualTo("kommun");
        assertThat(kommun.get("detail").asText()).contains("dokumentet gäller 'nykoping', men tabellen matas in för Tranås (tranas)");
        byte[] tranas = new String(normfil, StandardCharsets.UTF_8).replace("kommun: nykoping", "kommun: tranas").getBytes(StandardCharsets.UTF_8);
        Http.Svar ar = http().ladda("PUT", "/api/v1/kommuner/tranas/fordelningar/2023", "application/yaml", tranas);
        assertThat(ar.status()).as(ar.body()).isEqualTo(422);
        assertThat(ar.json().get("falt").asText()).isEqualTo("ar");
        JsonNode schema = vagras("application/json", "{\"status\":\"forslag\",\"personliga_kostnader\":{}}".getBytes(StandardCharsets.UTF_8),
                422, "ogiltig-tabell");
        assertThat(schema.get("detail").asText()).contains("gemensamma_kostnader");
    }

    @Test
    void csvUtanKolumnenVarde() {
        String csv = new String(http().hamtaFil("/api/v1/kommuner/nykoping/fordelningar/2022/bilaga.csv").innehall(), StandardCharsets.UTF_8);
        JsonNode problem = vagras("text/csv", csv.replaceFirst("avsnitt;rad;kolumn;cell;varde", "avsnitt;rad;kolumn;cell;belopp")
                .getBytes(StandardCharsets.UTF_8), 422, "ogiltig-tabell");
        assertThat(problem.get("falt").asText()).isEqualTo("rad 1, varde");
        assertThat(problem.get("fel").get(0).get("meddelande").asText()).startsWith("Rad 1, kolumn varde: kolumnen 'varde' saknas i rubrikraden");
    }

    @Test
    void enMakroarbetsbokVagrasOlast() {
        JsonNode medTyp = vagras("application/vnd.ms-excel.sheet.macroEnabled.12", bilaga, 415, "otillaten-fil");
        assertThat(medTyp.get("detail").asText()).contains("makron");
        JsonNode medVbaProjekt = vagras(XLSX, medVbaProjekt(bilaga), 415, "otillaten-fil");
        assertThat(medVbaProjekt.get("detail").asText()).contains("makron").contains("vbaProject.bin");
    }

    @Test
    void enGammalArbetsbokOchEnSomInteArEn() throws IOException {
        try (HSSFWorkbook gammal = new HSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            gammal.createSheet("Underlag 2022");
            gammal.write(ut);
            assertThat(vagras(XLSX, ut.toByteArray(), 415, "otillaten-fil").get("detail").asText()).contains(".xls");
        }
        assertThat(vagras(XLSX, "inte en arbetsbok".getBytes(StandardCharsets.UTF_8), 415, "otillaten-fil").get("detail").asText())
                .contains("inte en Excel-arbetsbok");
    }

    @Test
    void enZipbombVagrasUtanAttPackasUpp() {
        // 3.5 MB of spaces inside the sheet's XML pack to a few kB: more than 100 times, POI's guard refuses it
        JsonNode problem = vagras(XLSX, medUtfyllnad(bilaga, 3_500_000), 413, "for-stor-begaran");
        assertThat(problem.get("detail").asText()).contains("packas upp till mer än tjänsten läser");
    }

    @Test
    void enStorFilOchEttBladMedForMangaCeller() throws IOException {
        byte[] stor = new byte[3 * 1024 * 1024];
        java.util.Arrays.fill(stor, (byte) 'a');
        assertThat(vagras("text/csv", stor, 413, "for-stor-begaran").get("detail").asText()).contains("högst 512 kB");
        try (SXSSFWorkbook bok = new SXSSFWorkbook(); ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            var blad = bok.createSheet("Underlag 2022");
            for (int r = 0; r < 300; r++) {
                var rad = blad.createRow(r);
                for (int k = 0; k < 100; k++) {
                    rad.createCell(k).setCellValue(r * k);
                }
            }
            bok.write(ut);
            assertThat(vagras(XLSX, ut.toByteArray(), 413, "for-stor-begaran").get("detail").asText()).contains("20000 celler");
        }
    }

    @Test
    void enAnnanKommunsSakkunnigFarInteMataIn() {
        Http.Svar svar = http().som("test-sakkunnig").ladda("PUT", TRANAS_2022, XLSX, bilaga);
        assertThat(svar.status()).isEqualTo(403);
        assertThat(svar.json().get("detail").asText()).isEqualTo("Inloggningen 'test-sakkunnig' agerar för Nyköping (0480), inte för "
                + "Tranås (0687): den får inte mata in dess tabeller.");
        assertThat(Databasdump.av(dataSource)).isEqualTo(fore);
    }

    /** The workbook with a VBA project, as Excel saves an .xlsm under an .xlsx name. */
    private static byte[] medVbaProjekt(byte[] xlsx) {
        return omskriven(xlsx, (namn, innehall) -> namn.equals("[Content_Types].xml")
                ? new String(innehall, StandardCharsets.UTF_8).replace("</Types>",
                "<Override PartName=\"/xl/vbaProject.bin\" ContentType=\"application/vnd.ms-office.vbaProject\"/></Types>")
                .getBytes(StandardCharsets.UTF_8) : innehall, "xl/vbaProject.bin", new byte[] {1, 2, 3});
    }

    /** The workbook with its sheet's XML padded by whitespace (still valid XML) to {@code byte} bytes. */
    private static byte[] medUtfyllnad(byte[] xlsx, int bytes) {
        return omskriven(xlsx, (namn, innehall) -> {
            if (!namn.equals("xl/worksheets/sheet1.xml")) {
                return innehall;
            }
            String xml = new String(innehall, StandardCharsets.UTF_8);
            int slut = xml.indexOf("<sheetData");
            return (xml.substring(0, slut) + " ".repeat(bytes) + xml.substring(slut)).getBytes(StandardCharsets.UTF_8);
        }, null, null);
    }

    private static byte[] omskriven(byte[] zip, java.util.function.BiFunction<String, byte[], byte[]> andring, String ny, byte[] nyttInnehall) {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ByteArrayOutputStream buffer = new ByteArrayOutputStream();
             ZipOutputStream ut = new ZipOutputStream(buffer)) {
            for (ZipEntry post = in.getNextEntry(); post != null; post = in.getNextEntry()) {
                ut.putNextEntry(new ZipEntry(post.getName()));
                ut.write(andring.apply(post.getName(), in.readAllBytes()));
                ut.closeEntry();
            }
            if (ny != null) {
                ut.putNextEntry(new ZipEntry(ny));
                ut.write(nyttInnehall);
                ut.closeEntry();
            }
            ut.finish();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
