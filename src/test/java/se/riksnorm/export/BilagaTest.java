package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.FordelningUpprakning;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.RiksnormUpprakning;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.support.Pdf;
import se.riksnorm.support.ProjektetsNormer;

/**
 * The bilaga and the comparison written as PDF, XLSX, CSV and HTML, each opened with its own library (OpenPDF's
 * PdfReader, POI) and checked cell by cell against Nyköping's tables (SN22/37).
 */
class BilagaTest {

    private static final Riksnorm RIKSNORM_2023 = ProjektetsNormer.riksnorm(2023);
    private static final Fordelning BESLUTAD_2023 = ProjektetsNormer.nykoping(2023);
    private static final Dokument BILAGA_2023 = BilagaModell.bilaga(BESLUTAD_2023, RIKSNORM_2023,
            FordelningKontroll.kontrollera(BESLUTAD_2023, RIKSNORM_2023),
            "Beslutad: Socialnämnden 2022-12-08, Dnr SN22/37 (version 1).", null, "bilaga-nykoping-2023");
    private static final Fordelning FORSLAG_2023 = FordelningUpprakning.foresla(ProjektetsNormer.nykoping(2022),
            RiksnormUpprakning.foresla(ProjektetsNormer.riksnorm(2022), Procentsats.tolka("8.6")), Umgangesregel.standard(), 5);

    @Test
    void pdfHarBilagansTabellerOchAvvikelsen() throws IOException {
        String text = Pdf.text(Format.PDF.skriv(BILAGA_2023, "Underlag 2023"));

        assertThat(text).contains("UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2023")
                .contains("Nyköping – budgetposternas storlek i kronor för uppehälle")
                .contains("Beslutad: Socialnämnden 2022-12-08, Dnr SN22/37")
                .contains("Personliga kostnader").contains("Gemensamma hushållskostnader").contains("Matnorm / umgängesnorm 2023");
        // the bilaga's rows as printed, with Swedish grouping: livsmedel 0 år … sammanboende (the extractor
        // does not separate table cells, so rows are compared without spaces)
        assertThat(Pdf.utanMellanrum(text))
                .contains(Pdf.utanMellanrum("Livsmedel 823 1 134 1 181 1 485 1 622 1 945 2 063 2 082 2 129 3 591"))
                .contains(Pdf.utanMellanrum("Barn- och ungdomsförsäkring 97 81 96 81 102 78 88 89 – –"))
                .contains(Pdf.utanMellanrum("Summa personliga kostnader 2 420 2 700 2 410 2 700 3 380 3 890 4 390 4 430 3 490 6 300"))
                .contains(Pdf.utanMellanrum("Summa gemensamma kostnader 1 130 1 250 1 580 1 790 2 026 2 330 2 510 2 690 2 870 3 050"))
                .contains(Pdf.utanMellanrum("Umgängesnorm per dag (inkl. matnorm) 58 68 57 68 86 104 116 117 – –"));
        // the column headings fit their columns: no word is broken over two lines
        assertThat(text).contains("Ensamstående").contains("Sammanboende").contains("10 personer");
        // the decided table's error, with the minus sign Helvetica has (–34 kr)
        assertThat(text).contains("5 personer: 2 026 kr men förväntat 2 060 kr (–34 kr)");
    }

    @Test
    void pdfForEttForslagVisarHemmavarandeOchUmgangesmarkeringen() throws IOException {
        Dokument bilaga = BilagaModell.bilaga(FORSLAG_2023, RIKSNORM_2023, List.of(), "FÖRSLAG – inte beslutat (förslag 1).",
                "umgängesnormen är föreslagen och ännu inte bekräftad", "bilaga");

        String text = Pdf.text(Format.PDF.skriv(bilaga, "Underlag 2023"));

        // 2 060 / 5 = 412; 412 + 3 490 = 3 902
        assertThat(text).contains("t.ex. 2 060 kr / 5 personer = 412 kr; 412 kr + 3 490 kr = 3 902 kr")
                .contains("FÖRSLAG – inte beslutat")
                .contains("Varje kolumn summerar till riksnormens belopp");
        assertThat(Pdf.utanMellanrum(text))
                .contains(Pdf.utanMellanrum("Umgängesnorm per dag (inkl. matnorm) * 59 68 57 68 87 104 116 117"))
                .contains(Pdf.utanMellanrum("Summa gemensamma kostnader 1 130 1 250 1 580 1 790 2 060 2 330"));
    }

    @Test
    void xlsxHarTalcellerSomGarAttSummera() throws IOException {
        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.skriv(BILAGA_2023, "Underlag 2023")))) {
            Sheet blad = bok.getSheet("Underlag 2023");
            Row gemensamRubrik = rad(blad, "Gemensamma hushållskostnader");
            Row forbrukning = blad.getRow(gemensamRubrik.getRowNum() + 2);
            Row telefon = blad.getRow(gemensamRubrik.getRowNum() + 3);
            Row summa = blad.getRow(gemensamRubrik.getRowNum() + 4);

            assertThat(blad.getRow(gemensamRubrik.getRowNum() + 1).getCell(5).getStringCellValue()).isEqualTo("5 personer");
            assertThat(forbrukning.getCell(0).getStringCellValue()).isEqualTo("Förbrukningsvaror i hemmet");
            assertThat(forbrukning.getCell(5).getCellType()).isEqualTo(CellType.NUMERIC);
            // 385 + 1 641 = 2 026, as decided
            assertThat(forbrukning.getCell(5).getNumericCellValue()).isEqualTo(385);
            assertThat(telefon.getCell(5).getNumericCellValue()).isEqualTo(1641);
            assertThat(summa.getCell(5).getNumericCellValue()).isEqualTo(2026);
            assertThat(summa.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0");
            assertThat(new DataFormatter().formatCellValue(rad(blad, "Livsmedel").getCell(10))).isEqualTo("3,591");
            assertThat(rad(blad, "Barn- och ungdomsförsäkring").getCell(9).getStringCellValue()).isEqualTo("–");
        }
    }

    @Test
    void jamforelsenVisarVarjeCellFoerOchEfterIKronorOchProcent() throws IOException {
        Arsjamforelse j = Arsjamforelse.mellan(BESLUTAD_2023, RIKSNORM_2023,
                FordelningKontroll.kontrollera(BESLUTAD_2023, RIKSNORM_2023), FORSLAG_2023, RIKSNORM_2023, List.of());
        Dokument dokument = JamforelseModell.jamforelse(j, "Rättelse", "jamforelse");

        try (XSSFWorkbook bok = new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.skriv(dokument, "Jämförelse")))) {
            Row fem = rad(bok.getSheet("Jämförelse"), "Förbrukningsvaror i hemmet, 5 personer");
            // 385 → 391: +6 kr, 6 / 385 = 1,558… → 1,6 %
            assertThat(fem.getCell(1).getNumericCellValue()).isEqualTo(385);
            assertThat(fem.getCell(2).getNumericCellValue()).isEqualTo(391);
            assertThat(fem.getCell(3).getNumericCellValue()).isEqualTo(6);
            assertThat(fem.getCell(4).getNumericCellValue()).isEqualTo(0.016);
            assertThat(new DataFormatter().formatCellValue(fem.getCell(4))).isEqualTo("1.6%");
        }
        String pdf = Pdf.text(Format.PDF.skriv(dokument, "Jämförelse"));
        assertThat(Pdf.utanMellanrum(pdf)).contains(Pdf.utanMellanrum("Telefon, dagstidning m.m., 5 personer 1 641 1 669 +28 +1,7 %"));
        assertThat(pdf).contains("Avvikelser 2023").contains("(–34 kr)");
        List<CSVRecord> csv = csv(Format.CSV.skriv(dokument, "x"));
        assertThat(csv).anySatisfy(r -> {
            assertThat(r.get("rad")).isEqualTo("Förbrukningsvaror i hemmet, 5 personer");
            assertThat(r.get("kolumn")).isEqualTo("Förändring %");
            assertThat(r.get("varde")).isEqualTo("1.6");
        });
    }

    @Test
    void csvHarEnRadPerCellMedNormfilernasNycklar() throws IOException {
        List<CSVRecord> rader = csv(Format.CSV.skriv(BILAGA_2023, "x"));

        CSVRecord fem = rader.stream().filter(r -> r.get("cell").equals("gemensamma_kostnader.forbrukningsvaror.5")).findFirst().orElseThrow();
        assertThat(fem.get("avsnitt")).isEqualTo("Gemensamma hushållskostnader");
        assertThat(fem.get("rad")).isEqualTo("Förbrukningsvaror i hemmet");
        assertThat(fem.get("kolumn")).isEqualTo("5 personer");
        assertThat(fem.get("varde")).isEqualTo("385");
        // 10 columns × (5 posts + sum) + 10 sizes × (2 + sum) + 10 × 4 matnorm/umgänge rows
        assertThat(rader).hasSize(60 + 30 + 40);
        assertThat(rader.stream().filter(r -> r.get("cell").isEmpty() && r.get("varde").isEmpty())).hasSize(2 + 2);
    }

    @Test
    void htmlArEscapadOchSvensk() {
        String html = new String(Format.HTML.skriv(BilagaModell.bilaga(BESLUTAD_2023, RIKSNORM_2023, List.of(),
                "Beslutad <script>alert(1)</script> & klart", null, "x"), "x"), java.nio.charset.StandardCharsets.UTF_8);

        assertThat(html).contains("<html lang=\"sv\"").contains("Beslutad &lt;script&gt;alert(1)&lt;/script&gt; &amp; klart")
                .doesNotContain("<script>")
                .contains("<td class=\"tal\">2 026</td>")
                .contains("<tr class=\"summa\">");
    }

    private static Row rad(Sheet blad, String etikett) {
        for (Row rad : blad) {
            if (rad.getCell(0) != null && rad.getCell(0).getCellType() == CellType.STRING
                    && rad.getCell(0).getStringCellValue().equals(etikett)) {
                return rad;
            }
        }
        throw new AssertionError("ingen rad " + etikett);
    }

    private static List<CSVRecord> csv(byte[] csv) throws IOException {
        return new ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(new String(csv, java.nio.charset.StandardCharsets.UTF_8))).getRecords());
    }
}
