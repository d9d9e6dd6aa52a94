package se.riksnorm.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * An RFC 9457 problem, with this service's extension members at the top level: {@code falt} (the request
 * field that was wrong), {@code varde} (what was sent) and {@code fel} (one entry per wrong field).
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details, application/problem+json")
public record ProblemDetail(
        @Schema(example = "urn:riksnorm:problem:okand-riksnorm") String type,
        @Schema(example = "Riksnormen finns inte") String title,
        @Schema(example = "404") int status,
        @Schema(example = "Det finns ingen riksnorm för år 2031. Riksnorm finns för 2019–2026.") String detail,
        @Nullable @Schema(example = "/api/v1/riksnormer/2031") String instance,
        @Nullable @Schema(description = "fältet i begäran som var fel", example = "ar") String falt,
        @Nullable @Schema(description = "värdet som skickades", example = "2031") String varde,
        @Nullable @Schema(description = "ett fel per fält, när flera fält är fel") List<Fel> fel) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** The one way to make a problem: its type gives the URN, the title and the status. */
    public static ProblemDetail av(Problemtyp typ, String detalj, String falt, String varde) {
        return av(typ, detalj, falt, varde, null);
    }

    /** @param fel one entry per wrong field, or {@code null} */
    public static ProblemDetail av(Problemtyp typ, String detalj, String falt, String varde, List<Fel> fel) {
        return new ProblemDetail(typ.urn(), typ.titel(), typ.status().getCode(), detalj, null, falt, varde, fel);
    }

    /**
     * A status the framework answers for which the service has no type of its own: {@code internt-fel} for a 5xx,
     * else {@code felaktig-begaran} titled with the status's reason phrase; the status is the one answered.
     */
    public static ProblemDetail ovrigt(HttpStatus status, String detalj, String falt, List<Fel> fel) {
        Problemtyp typ = status.getCode() >= 500 ? Problemtyp.INTERNT_FEL : Problemtyp.FELAKTIG_BEGARAN;
        String titel = status == typ.status() || status.getCode() >= 500 ? typ.titel() : status.getReason();
        return new ProblemDetail(typ.urn(), titel, status.getCode(), detalj, null, falt, null, fel);
    }

    /** The same problem with another detail and field, e.g. a batch line's problem that names its line. */
    public ProblemDetail med(String detalj, String falt) {
        return new ProblemDetail(type, title, status, detalj, instance, falt, varde, fel);
    }

    public ProblemDetail withInstance(String path) {
        return new ProblemDetail(type, title, status, detail, path, falt, varde, fel);
    }

    @Serdeable
    @Schema(name = "ProblemFel")
    public record Fel(@Schema(example = "medlemmar[0].fodelsedatum") String falt, String meddelande) {
    }
}
