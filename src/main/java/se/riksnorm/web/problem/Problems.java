package se.riksnorm.web.problem;

import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.stream.Collectors;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;

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
                "Ingen kommun heter eller har koden '" + kommun + "' här. Kända kommuner: "
                        + normbok.kommuner().stream().map(k -> k.namn() + " (" + k.kod() + ")")
                                .collect(Collectors.joining(", ")) + ".",
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
