package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The bilaga for Excel, opened with POI: headed like the seed, every amount a number cell, every table cell
 * bordered, and set up to print on one A4 landscape page (the comparison: as wide as the page, the column
 * headings repeated).
 */
class BilagaXlsxTest {

    @Test
    void rubrikerOchGrupperSomSeeden() throws IOException {
        try (XSSFWorkbook bok = bok(Bilagor.beslutad2023(), "Underlag 2023")) {
            Sheet blad = bok.getSheet("Underlag 2023");
            assertThat(blad.getRow(0).getCell(0).getStringCellValue()).isEqualTo("NYKÖPINGS KOMMUN");
            assertThat(blad.getRow(1).getCell(0).getStringCellValue()).isEqualTo("UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2023");
            assertThat(blad.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Budgetposternas storlek i kronor för uppehälle");
            Row personliga = rad(blad, "Personliga kostnader");
            // eight age bands under "Barn och ungdomar" (B–I), the two adult columns under "Vuxna" (J–K)
            assertThat(personliga.getCell(1).getStringCellValue()).isEqualTo("Barn och ungdomar");
            assertThat(personliga.getCell(9).getStringCellValue()).isEqualTo("Vuxna");
            assertThat(blad.getMergedRegions()).contains(new CellRangeAddress(personliga.getRowNum(), personliga.getRowNum(), 1, 8),
                    new CellRangeAddress(personliga.getRowNum(), personliga.getRowNum(), 9, 10));
            assertThat(blad.getRow(personliga.getRowNum() + 1).getCell(9).getStringCellValue()).isEqualTo("Ensamstående");
        }
    }

    @Test
    void beloppenArTalIRamar() throws IOException {
        try (XSSFWorkbook bok = bok(Bilagor.beslutad2023(), "Underlag 2023")) {
            Sheet blad = bok.getSheet("Underlag 2023");
            Row gemensamRubrik = rad(blad, "Gemensamma hushållskostnader");
            Row forbrukning = blad.getRow(gemensamRubrik.getRowNum() + 2);
            Row telefon = blad.getRow(gemensamRubrik.getRowNum() + 3);
            Row summa = blad.getRow(gemensamRubrik.getRowNum() + 4);

            assertThat(gemensamRubrik.getCell(1).getStringCellValue()).isEqualTo("Antal personer i hushållet");
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
            for (Cell cell : new Cell[] {forbrukning.getCell(0), forbrukning.getCell(5), summa.getCell(10),
                    blad.getRow(gemensamRubrik.getRowNum() + 1).getCell(5)}) {
                assertThat(cell.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
                assertThat(cell.getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
                assertThat(cell.getCellStyle().getBorderLeft()).isEqualTo(BorderStyle.THIN);
                assertThat(cell.getCellStyle().getBorderRight()).isEqualTo(BorderStyle.THIN);
            }
        }
    }

    @Test
    void skrivsUtPaEttLiggandeA4() throws IOException {
        try (XSSFWorkbook bok = bok(Bilagor.forslag2023(), "Underlag 2023")) {
            XSSFSheet blad = bok.getSheet("Underlag 2023");
            PrintSetup utskrift = blad.getPrintSetup();
            assertThat(utskrift.getLandscape()).isTrue();
            assertThat(utskrift.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(blad.getFitToPage()).isTrue();
            assertThat(utskrift.getFitWidth()).isEqualTo((short) 1);
            assertThat(utskrift.getFitHeight()).isEqualTo((short) 1);
            // the print area: from A1 to the last column (K) and the last row (the notes)
            int sista = blad.getLastRowNum() + 1;
            assertThat(bok.getPrintArea(0)).isEqualTo("'Underlag 2023'!$A$1:$K$" + sista);
            assertThat(blad.getRow(sista - 1).getCell(0).getStringCellValue()).startsWith("* Umgängesnormen är föreslagen");
            // the labels stay in view when the figures scroll
            assertThat(blad.getPaneInformation().getVerticalSplitPosition()).isEqualTo((short) 1);
        }
    }

    @Test
    void jamforelsenSkrivsUtPaFleraSidorMedKolumnrubrikerna() throws IOException {
        try (XSSFWorkbook bok = bok(Bilagor.jamforelse(), "Jämförelse")) {
            XSSFSheet blad = bok.getSheet("Jämförelse");
            assertThat(blad.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(blad.getPrintSetup().getFitHeight()).isZero();
            Row forsta = rad(blad, "Riksnormen, personliga kostnader");
            assertThat(blad.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf((forsta.getRowNum() + 2) + ":" + (forsta.getRowNum() + 2)));
            Row fem = rad(blad, "Förbrukningsvaror i hemmet, 5 personer");
            // 359 → 391: +32 kr, 32 / 359 = 8,91… % → 8,9 %
            assertThat(fem.getCell(1).getNumericCellValue()).isEqualTo(359);
            assertThat(fem.getCell(2).getNumericCellValue()).isEqualTo(391);
            assertThat(fem.getCell(3).getNumericCellValue()).isEqualTo(32);
            assertThat(new DataFormatter().formatCellValue(fem.getCell(3))).isEqualTo("+32");
            assertThat(fem.getCell(4).getNumericCellValue()).isEqualTo(0.089);
            assertThat(new DataFormatter().formatCellValue(fem.getCell(4))).isEqualTo("+8.9%");
        }
    }

    private static XSSFWorkbook bok(Dokument dokument, String blad) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(Format.XLSX.skriv(dokument, blad)));
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
}
