package se.riksnorm.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference figures, cut mechanically from {@code ../shared/reference/} into
 * {@code src/test/resources/referens/}: the tests compare norms/ and the API with these, not with
 * themselves.
 */
public final class Referens {

    private Referens() {
    }

    /** Nyköping's bilaga for a year: row label as printed → its figures, left to right. */
    public static Map<String, List<Long>> nykopingBilaga(int ar) {
        Map<String, List<Long>> rader = new LinkedHashMap<>();
        String aktuelltAr = null;
        for (String rad : rader("nykoping-sn22-37-bilagor.txt")) {
            if (rad.startsWith("[")) {
                aktuelltAr = rad.substring(1, rad.length() - 1);
            } else if (String.valueOf(ar).equals(aktuelltAr)) {
                String[] delar = rad.split("\\|");
                rader.put(delar[0], tal(delar[1]));
            }
        }
        return rader;
    }

    /** National amounts: "personliga" or "gemensamma" → year → figures in column order. */
    public static Map<Integer, List<Long>> riksnorm(String tabell) {
        Map<Integer, List<Long>> ar = new LinkedHashMap<>();
        for (String rad : rader("riksnorm-2019-2026.txt")) {
            String[] delar = rad.split("\\|");
            if (delar[0].equals(tabell)) {
                ar.put(Integer.parseInt(delar[1]), tal(delar[2]));
            }
        }
        return ar;
    }

    private static List<Long> tal(String text) {
        return Arrays.stream(text.trim().split(" ")).map(Long::parseLong).toList();
    }

    private static List<String> rader(String fil) {
        try (InputStream in = Referens.class.getResourceAsStream("/referens/" + fil)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(r -> !r.isBlank() && !r.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
