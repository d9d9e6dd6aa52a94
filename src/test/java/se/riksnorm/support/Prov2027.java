package se.riksnorm.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A made-up preliminary riksnorm for 2027, for the tests only: the real 2027 table is set from a referensvärde and
 * not yet known (reference §5), so no figure here is the government's. Round figures that are easy to compute by
 * hand; every riksnorm rule holds (tens, gemensamma rising with the household, sammanboende above ensamstående).
 *
 * <pre>
 *   personliga: 0 år 2 800, 1–2 3 100, 3 2 800, 4–6 3 100, 7–10 3 900, 11–14 4 500, 15–18 5 100, 19–20 5 100,
 *               ensamstående 4 000, sammanboende 7 200
 *   gemensamma: 1 300, 1 450, 1 830, 2 080, 2 390, 2 700, 2 900 (1–7 personer)
 * </pre>
 */
public final class Prov2027 {

    /** The body of PUT /api/v1/riksnormer/2027 entering the table as preliminary, with a new source. */
    public static final String PRELIMINAR_JSON = "{\"status\":\"PRELIMINAR\",\"kalla\":{\"id\":\"testets-2027\","
            + "\"titel\":\"Påhittade testbelopp för 2027, inte regeringens\",\"tillforlitlighet\":\"HARLEDD\"},"
            + "\"personligaKostnader\":{\"ar_0\":2800,\"ar_1_2\":3100,\"ar_3\":2800,\"ar_4_6\":3100,\"ar_7_10\":3900,"
            + "\"ar_11_14\":4500,\"ar_15_18\":5100,\"ar_19_20\":5100,\"ensamstaende\":4000,\"sammanboende\":7200},"
            + "\"gemensammaKostnader\":{\"1\":1300,\"2\":1450,\"3\":1830,\"4\":2080,\"5\":2390,\"6\":2700,\"7\":2900},"
            + "\"motivering\":\"testets preliminära 2027\"}";

    /** The same table as a norms file. */
    public static final String YAML = """
            # Riksnorm 2027: PÅHITTADE testbelopp, inte regeringens (riksnormen 2027 fastställs ur ett referensvärde).
            ar: 2027
            giltig_fran: "2027-01"
            giltig_till: "2027-12"
            status: preliminar
            kallor:
              personliga_kostnader: testets-2027
              gemensamma_kostnader: testets-2027
              storre_hushall: sof-2-kap-1
            personliga_kostnader:
              ar_0: 2800
              ar_1_2: 3100
              ar_3: 2800
              ar_4_6: 3100
              ar_7_10: 3900
              ar_11_14: 4500
              ar_15_18: 5100
              ar_19_20: 5100
              ensamstaende: 4000
              sammanboende: 7200
            gemensamma_kostnader:
              1: 1300
              2: 1450
              3: 1830
              4: 2080
              5: 2390
              6: 2700
              7: 2900
            """;

    private Prov2027() {
    }

    /**
     * Adds the table as {@code riksnorm/2027.yaml}, and its source to {@code kallor.yaml}, in a copy of norms/ (replacing a
     * 2027 file the project may hold, so the test's figures are known).
     */
    public static void laggTill(Path normer) {
        try {
            Files.writeString(normer.resolve("riksnorm/2027.yaml"), YAML);
            if (!Files.readString(normer.resolve("kallor.yaml")).contains("\n  testets-2027:")) {
                Files.writeString(normer.resolve("kallor.yaml"), """
                          testets-2027:
                            titel: Påhittade testbelopp för 2027, inte regeringens
                            tillforlitlighet: harledd
                        """, StandardOpenOption.APPEND);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A copy of norms/ without 2027 (and later): a test of "before the 2027 table exists", whatever the project holds. */
    public static void taBort(Path normer) {
        try (var filer = Files.list(normer.resolve("riksnorm"))) {
            for (Path fil : filer.toList()) {
                if (fil.getFileName().toString().compareTo("2027.yaml") >= 0) {
                    Files.delete(fil);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
