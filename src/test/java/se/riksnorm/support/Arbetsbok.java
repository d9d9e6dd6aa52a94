package se.riksnorm.support;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A downloaded bilaga edited as a person edits it in Excel: a cell found by its row's label and its column's heading
 * (wherever the layout puts them), given a new value, and the workbook saved again.
 */
public final class Arbetsbok {

    private final XSSFWorkbook bok;

    private Arbetsbok(byte[] xlsx) {
        try {
            bok = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] andra(byte[] xlsx, Consumer<Arbetsbok> andringar) {
        Arbetsbok arbetsbok = new Arbetsbok(xlsx);
        andringar.accept(arbetsbok);
        return arbetsbok.spara();
    }

    /** The cell in the row labelled {@code rad} under the nearest heading row above it that has the column {@code kolumn}. */
    public Cell cell(String rad, String kolumn) {
        Sheet blad = bok.getSheetAt(0);
        Integer kolumnIndex = null;
        for (Row row : blad) {
            for (Cell cell : row) {
                if (cell.getCellType() == CellType.STRING && lika(cell.getStringCellValue(), kolumn) && cell.getColumnIndex() > 0) {
                    kolumnIndex = cell.getColumnIndex();
                }
            }
            Cell etikett = row.getCell(0);
            if (kolumnIndex != null && etikett != null && etikett.getCellType() == CellType.STRING && lika(etikett.getStringCellValue(), rad)) {
                Cell cell = row.getCell(kolumnIndex);
                return cell != null ? cell : row.createCell(kolumnIndex);
            }
        }
        throw new IllegalArgumentException("ingen cell " + rad + " / " + kolumn);
    }

    public double tal(String rad, String kolumn) {
        return cell(rad, kolumn).getNumericCellValue();
    }

    public Arbetsbok satt(String rad, String kolumn, double varde) {
        cell(rad, kolumn).setCellValue(varde);
        return this;
    }

    public Arbetsbok satt(String rad, String kolumn, String text) {
        cell(rad, kolumn).setCellValue(text);
        return this;
    }

    public Arbetsbok formel(String rad, String kolumn, String formel) {
        cell(rad, kolumn).setCellFormula(formel);
        return this;
    }

    public XSSFWorkbook bok() {
        return bok;
    }

    private byte[] spara() {
        try (ByteArrayOutputStream ut = new ByteArrayOutputStream()) {
            bok.write(ut);
            bok.close();
            return ut.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean lika(String a, String b) {
        return Normalizer.normalize(a.strip(), Normalizer.Form.NFC).equals(Normalizer.normalize(b.strip(), Normalizer.Form.NFC));
    }
}
