package se.riksnorm.domain.riksnorm;

import java.util.Arrays;
import java.util.stream.IntStream;
import java.util.List;
import java.util.Optional;

/**
 * The ten columns of personliga kostnader: eight age bands for children and the two adult household
 * types (SoF 2 kap. 1 §, SFS 2001:937; columns as in Nyköping SN22/37's bilaga). The adult columns
 * have no age range: {@link #SAMMANBOENDE} is the amount for the pair, not per person.
 */
public enum Aldersgrupp {
    AR_0("ar_0", "0 år", 0, 0),
    AR_1_2("ar_1_2", "1–2 år", 1, 2),
    AR_3("ar_3", "3 år", 3, 3),
    AR_4_6("ar_4_6", "4–6 år", 4, 6),
    AR_7_10("ar_7_10", "7–10 år", 7, 10),
    AR_11_14("ar_11_14", "11–14 år", 11, 14),
    AR_15_18("ar_15_18", "15–18 år", 15, 18),
    AR_19_20("ar_19_20", "19–20 år", 19, 20),
    ENSAMSTAENDE("ensamstaende", "Ensamstående", -1, -1),
    SAMMANBOENDE("sammanboende", "Sammanboende", -1, -1);

    private static final List<Aldersgrupp> ALLA = List.of(values());
    /** Each age's children's column (every child of every calculation asks), looked up once: past the oldest child's age, none. */
    private static final List<Optional<Aldersgrupp>> EFTER_ALDER = IntStream.rangeClosed(0,
            ALLA.stream().filter(Aldersgrupp::arBarn).mapToInt(g -> g.tillAlder).max().orElse(-1)).mapToObj(Aldersgrupp::sok).toList();

    private final String nyckel;
    private final String benamning;
    private final int franAlder;
    private final int tillAlder;

    Aldersgrupp(String nyckel, String benamning, int franAlder, int tillAlder) {
        this.nyckel = nyckel;
        this.benamning = benamning;
        this.franAlder = franAlder;
        this.tillAlder = tillAlder;
    }

    /** The key used in norms files. */
    public String nyckel() {
        return nyckel;
    }

    /** The column heading as a handläggare reads it. */
    public String benamning() {
        return benamning;
    }

    public boolean arBarn() {
        return franAlder >= 0;
    }

    public static List<Aldersgrupp> barn() {
        return Arrays.stream(values()).filter(Aldersgrupp::arBarn).toList();
    }

    /** The child column for an age in whole years, if the age is 0–20. */
    public static Optional<Aldersgrupp> forAlder(int alder) {
        return alder >= 0 && alder < EFTER_ALDER.size() ? EFTER_ALDER.get(alder) : Optional.empty();
    }

    private static Optional<Aldersgrupp> sok(int alder) {
        for (Aldersgrupp grupp : ALLA) {
            if (grupp.arBarn() && grupp.franAlder <= alder && alder <= grupp.tillAlder) {
                return Optional.of(grupp);
            }
        }
        return Optional.empty();
    }

    public static Optional<Aldersgrupp> forNyckel(String nyckel) {
        return Arrays.stream(values()).filter(g -> g.nyckel.equals(nyckel)).findFirst();
    }
}
