package se.riksnorm.domain.regler;

import java.util.Arrays;
import java.util.Optional;

/**
 * The rules a calculation cites. Which statute and paragraph each one is, and its words, change with the law
 * (SoL 2001:453 until 2025-06, SoL 2025:400 from 2025-07), so they are data by month in
 * {@code norms/regler/lagrum.yaml}; the code names only the rule.
 */
public enum Lagrum {
    /** The law the whole calculation follows, shown in the normer block. */
    FORSORJNINGSSTOD("forsorjningsstod"),
    /** The riksnorm's amounts: personliga and gemensamma kostnader. */
    RIKSNORMENS_BELOPP("riksnormens_belopp"),
    /** The skäliga kostnader of försörjningsstödet. */
    SKALIGA_KOSTNADER("skaliga_kostnader"),
    /** Assistance beyond försörjningsstödet ("livsföring i övrigt", from 2025-07 "levnadskostnader i övrigt"). */
    LEVNADSKOSTNADER_I_OVRIGT("levnadskostnader_i_ovrigt"),
    /** 25 % of income from employment not counted. */
    JOBBSTIMULANS("jobbstimulans"),
    /** A hemmavarande child's earnings count only above one prisbasbelopp a calendar year. */
    BARNS_ARBETSINKOMSTER("barns_arbetsinkomster"),
    /** An adult sharing a home without being sambo: a share of gemensamma kostnader. */
    HUSHALLSGEMENSKAP("hushallsgemenskap"),
    /** A reduction for refused praktik, decided by the handläggare. */
    NEDSATTNING_PRAKTIK("nedsattning_praktik"),
    /** A reduction for an unmet aktivitetskrav, decided by the handläggare. */
    NEDSATTNING_AKTIVITETSKRAV("nedsattning_aktivitetskrav"),
    /** From the fourth child, each further child's personliga kostnader reduced. */
    BEGRANSNINGSREGEL("begransningsregel");

    private final String nyckel;

    Lagrum(String nyckel) {
        this.nyckel = nyckel;
    }

    /** The key in lagrum.yaml. */
    public String nyckel() {
        return nyckel;
    }

    public static Optional<Lagrum> forNyckel(String nyckel) {
        return Arrays.stream(values()).filter(l -> l.nyckel.equals(nyckel)).findFirst();
    }
}
