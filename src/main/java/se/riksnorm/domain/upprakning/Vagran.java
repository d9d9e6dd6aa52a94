package se.riksnorm.domain.upprakning;

import java.util.List;
import java.util.Objects;

/**
 * A refusal of the uppräkning workflow: the request is understood but the rules do not allow it, and
 * nothing was changed. Carries no stack trace: it is an answer, not a fault. The web layer words it as an
 * RFC 9457 problem; {@link Orsak} decides which.
 */
public class Vagran extends RuntimeException {

    /** Why the request was refused. */
    public enum Orsak {
        /** A value in the request is wrong: {@link #falt()} names it. */
        OGILTIGT_VARDE,
        /** The proposal (or version) asked for does not exist. */
        FINNS_INTE,
        /** Something the step builds on does not exist yet (a base year, next year's riksnorm). */
        FORUTSATTNING_SAKNAS,
        /** The table is decided (or the national table fastställd) and never changes again. */
        BESLUTAD,
        /** The proposal cannot be decided yet; {@link #skal()} lists every reason. */
        BESLUT_HINDRAS,
        /** The year already has a decided table: a new decision must name the one it replaces. */
        ERSATTNING_KRAVS,
        /** The caller changes a state it has not seen: the stored one has moved on since it was read. */
        INAKTUELL,
        /** Another write changed the same thing at the same moment and got there first; nothing was changed. */
        SAMTIDIG_ANDRING
    }

    private final Orsak orsak;
    private final String falt;
    private final String varde;
    private final List<String> skal;

    public Vagran(Orsak orsak, String detalj, String falt, String varde, List<String> skal) {
        super(Objects.requireNonNull(detalj, "detalj"), null, false, false);
        this.orsak = Objects.requireNonNull(orsak, "orsak");
        this.falt = falt;
        this.varde = varde;
        this.skal = List.copyOf(skal);
    }

    public static Vagran ogiltigt(String falt, String varde, String detalj) {
        return new Vagran(Orsak.OGILTIGT_VARDE, detalj, falt, varde, List.of());
    }

    public static Vagran saknas(String falt, String varde, String detalj) {
        return new Vagran(Orsak.FORUTSATTNING_SAKNAS, detalj, falt, varde, List.of());
    }

    public static Vagran finnsInte(String falt, String varde, String detalj) {
        return new Vagran(Orsak.FINNS_INTE, detalj, falt, varde, List.of());
    }

    public static Vagran beslutad(String detalj) {
        return new Vagran(Orsak.BESLUTAD, detalj, null, null, List.of());
    }

    /** The caller's copy is out of date: {@code varde} is what it named. */
    public static Vagran inaktuell(String falt, String varde, String detalj) {
        return new Vagran(Orsak.INAKTUELL, detalj, falt, varde, List.of());
    }

    public static Vagran samtidigAndring(String detalj) {
        return new Vagran(Orsak.SAMTIDIG_ANDRING, detalj, null, null, List.of());
    }

    public Orsak orsak() {
        return orsak;
    }

    /** The request field that is wrong, or {@code null}. */
    public String falt() {
        return falt;
    }

    /** The value that was sent, or {@code null}. */
    public String varde() {
        return varde;
    }

    /** Every reason, where there are several (a proposal that cannot be decided). */
    public List<String> skal() {
        return skal;
    }
}
