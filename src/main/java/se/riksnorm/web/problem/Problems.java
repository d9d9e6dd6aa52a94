package se.riksnorm.web.problem;

import io.micronaut.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Vagran;

/**
 * The service's own problems (RFC 9457), worded for a handläggare: what was asked for, what is wrong,
 * and what exists instead. Each names the request field in {@code falt}.
 */
public final class Problems {

    private Problems() {
    }

    /** The type as it is sent (Problemtyp#urn). */
    public static String typ(Problemtyp typ) {
        return typ.urn();
    }

    /** A problem about one field of the request, with its type's title and status. */
    public static ProblemException problem(Problemtyp typ, String detalj, String falt, String varde) {
        return new ProblemException(ProblemDetail.av(typ, detalj, falt, varde));
    }

    public static ProblemException okandRiksnorm(int ar, Normbok normbok) {
        return problem(Problemtyp.OKAND_RIKSNORM, "Det finns ingen riksnorm för år " + ar + ". Riksnorm finns för "
                        + lista(normbok.riksnormer().stream().map(Riksnorm::ar).toList()) + ".",
                "ar", String.valueOf(ar));
    }

    public static ProblemException okandKommun(String kommun, Normbok normbok) {
        return problem(Problemtyp.OKAND_KOMMUN, "Ingen av tjänstens " + normbok.kommuner().size() + " kommuner heter eller har koden '" + kommun
                        + "'. En kommun anges med id, kommunkod eller namn, t.ex. stockholm, 0180 eller Stockholm; alla "
                        + "kommuner: GET /api/v1/kommuner.",
                "kommun", kommun);
    }

    public static ProblemException okandFordelning(Kommun kommun, int ar, Normbok normbok) {
        List<Integer> arMedFordelning = normbok.fordelningar(kommun).stream().map(Fordelning::ar).toList();
        return problem(Problemtyp.OKAND_FORDELNING, kommun.namn() + " har ingen fördelning av riksnormen för " + ar + "."
                        + (arMedFordelning.isEmpty() ? "" : " Fördelning finns för " + lista(arMedFordelning) + "."),
                "ar", String.valueOf(ar));
    }

    /** The kommun's table for the year has no such version; the refusal names the versions it has. */
    public static ProblemException okandVersion(Kommun kommun, int ar, List<Integer> versioner, int version) {
        return problem(Problemtyp.OKAND_VERSION, kommun.namn() + " " + ar + " har versionerna "
                        + versioner.stream().map(String::valueOf).collect(Collectors.joining(", ")) + ", inte " + version + ".",
                "version", Integer.toString(version));
    }

    public static ProblemException ogiltigtVarde(String falt, String varde, String forklaring) {
        return problem(Problemtyp.OGILTIGT_VARDE, forklaring, falt, varde);
    }

    /**
     * The format named in a path ({@code …/bilaga.pdf}): the constant of {@code formaten} whose name it is in lower case.
     * Any other is refused, e.g. "Handlingen finns som docx, pdf och html, inte 'odt'.", the formats named in the
     * enum's order.
     *
     * @param vad the document, as the refusal's subject ("Bilagan")
     */
    public static <E extends Enum<E>> E valjFormat(Class<E> formaten, String varde, String vad) {
        List<String> namn = Arrays.stream(formaten.getEnumConstants()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
        int vald = namn.indexOf(varde);
        if (vald < 0) {
            String former = String.join(", ", namn.subList(0, namn.size() - 1)) + " och " + namn.get(namn.size() - 1);
            throw ogiltigtVarde("format", varde, vad + " finns som " + former + ", inte '" + varde + "'.");
        }
        return formaten.getEnumConstants()[vald];
    }

    /**
     * A refusal of the uppräkning workflow as a problem: 400 for a wrong value, 404 for an unknown proposal,
     * 409 when the state of the tables forbids it (a decided table, a decision that must name what it
     * replaces, a proposal with findings, a missing base year). Nothing was changed.
     */
    public static ProblemException vagran(Vagran vagran) {
        Problemtyp typ = switch (vagran.orsak()) {
            case OGILTIGT_VARDE -> Problemtyp.OGILTIGT_VARDE;
            case FINNS_INTE -> Problemtyp.OKAND_FORSLAG;
            case FORUTSATTNING_SAKNAS -> Problemtyp.FORUTSATTNING_SAKNAS;
            case BESLUTAD -> Problemtyp.BESLUTAD_TABELL;
            case BESLUT_HINDRAS -> Problemtyp.BESLUT_HINDRAS;
            case ERSATTNING_KRAVS -> Problemtyp.ERSATTNING_KRAVS;
            case INAKTUELL -> Problemtyp.INAKTUELL_VERSION;
            case SAMTIDIG_ANDRING -> Problemtyp.SAMTIDIG_ANDRING;
        };
        List<ProblemDetail.Fel> fel = vagran.skal().isEmpty() ? null
                : vagran.skal().stream().map(skal -> new ProblemDetail.Fel(vagran.falt(), skal)).toList();
        return new ProblemException(ProblemDetail.av(typ, vagran.getMessage(), vagran.falt(), vagran.varde(), fel));
    }


    public static ProblemException okandForslag(long id) {
        return problem(Problemtyp.OKAND_FORSLAG, "Det finns inget förslag med id " + id + ".",
                "id", Long.toString(id));
    }

    private static String lista(List<Integer> ar) {
        if (ar.isEmpty()) {
            return "inga år";
        }
        boolean sammanhangande = ar.get(ar.size() - 1) - ar.get(0) == ar.size() - 1;
        if (sammanhangande && ar.size() > 2) {
            return ar.get(0) + "–" + ar.get(ar.size() - 1);
        }
        return ar.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
