package se.riksnorm.web.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;
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

    /** Problem types are URNs: stable names, listed in the README, not pages to fetch. */
    public static String typ(String namn) {
        return "urn:riksnorm:problem:" + namn;
    }

    /** A problem about one field of the request. */
    public static ProblemException problem(String typ, String titel, HttpStatus status, String detalj, String falt,
                                           String varde) {
        return new ProblemException(new ProblemDetail(typ(typ), titel, status.getCode(), detalj, null, falt, varde, null));
    }

    public static ProblemException okandRiksnorm(int ar, Normbok normbok) {
        return problem("okand-riksnorm", "Riksnormen finns inte", HttpStatus.NOT_FOUND,
                "Det finns ingen riksnorm för år " + ar + ". Riksnorm finns för "
                        + lista(normbok.riksnormer().stream().map(Riksnorm::ar).toList()) + ".",
                "ar", String.valueOf(ar));
    }

    public static ProblemException okandKommun(String kommun, Normbok normbok) {
        return problem("okand-kommun", "Kommunen finns inte", HttpStatus.NOT_FOUND,
                "Ingen av tjänstens " + normbok.kommuner().size() + " kommuner heter eller har koden '" + kommun
                        + "'. En kommun anges med id, kommunkod eller namn, t.ex. stockholm, 0180 eller Stockholm; alla "
                        + "kommuner: GET /api/v1/kommuner.",
                "kommun", kommun);
    }

    public static ProblemException okandFordelning(Kommun kommun, int ar, Normbok normbok) {
        List<Integer> arMedFordelning = normbok.fordelningar(kommun).stream().map(Fordelning::ar).toList();
        return problem("okand-fordelning", "Fördelningen finns inte", HttpStatus.NOT_FOUND,
                kommun.namn() + " har ingen fördelning av riksnormen för " + ar + "."
                        + (arMedFordelning.isEmpty() ? "" : " Fördelning finns för " + lista(arMedFordelning) + "."),
                "ar", String.valueOf(ar));
    }

    public static ProblemException ogiltigtVarde(String falt, String varde, String forklaring) {
        return problem("ogiltigt-varde", "Ogiltigt värde", HttpStatus.BAD_REQUEST, forklaring, falt, varde);
    }

    /**
     * A refusal of the uppräkning workflow as a problem: 400 for a wrong value, 404 for an unknown proposal,
     * 409 when the state of the tables forbids it (a decided table, a decision that must name what it
     * replaces, a proposal with findings, a missing base year). Nothing was changed.
     */
    public static ProblemException vagran(Vagran vagran) {
        Problemtyp typ = switch (vagran.orsak()) {
            case OGILTIGT_VARDE -> new Problemtyp("ogiltigt-varde", "Ogiltigt värde", HttpStatus.BAD_REQUEST);
            case FINNS_INTE -> new Problemtyp("okand-forslag", "Förslaget finns inte", HttpStatus.NOT_FOUND);
            case FORUTSATTNING_SAKNAS -> new Problemtyp("forutsattning-saknas", "Det som steget bygger på finns inte", HttpStatus.CONFLICT);
            case BESLUTAD -> new Problemtyp("beslutad-tabell", "Tabellen är beslutad och ändras inte", HttpStatus.CONFLICT);
            case BESLUT_HINDRAS -> new Problemtyp("beslut-hindras", "Förslaget kan inte beslutas ännu", HttpStatus.CONFLICT);
            case ERSATTNING_KRAVS -> new Problemtyp("ersattning-kravs", "Ett nytt beslut måste ange vad det ersätter", HttpStatus.CONFLICT);
            case INAKTUELL -> new Problemtyp("inaktuell-version", "Det som ändras har ändrats sedan det lästes",
                    HttpStatus.PRECONDITION_FAILED);
            case SAMTIDIG_ANDRING -> new Problemtyp("samtidig-andring", "Någon annan ändrade samtidigt", HttpStatus.CONFLICT);
        };
        List<ProblemDetail.Fel> fel = vagran.skal().isEmpty() ? null
                : vagran.skal().stream().map(skal -> new ProblemDetail.Fel(vagran.falt(), skal)).toList();
        return new ProblemException(new ProblemDetail(typ(typ.namn()), typ.titel(), typ.status().getCode(), vagran.getMessage(), null,
                vagran.falt(), vagran.varde(), fel));
    }

    private record Problemtyp(String namn, String titel, HttpStatus status) {
    }

    public static ProblemException okandForslag(long id) {
        return problem("okand-forslag", "Förslaget finns inte", HttpStatus.NOT_FOUND, "Det finns inget förslag med id " + id + ".",
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
