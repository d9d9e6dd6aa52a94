package se.riksnorm.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.riksnorm.storage.Lagringsfel;
import se.riksnorm.storage.Lagringsvakt;

/**
 * Turns every error the framework answers (no such route, a path value that is not a number, a media
 * type that is not served …) into an RFC 9457 problem worded for people, naming the field where there
 * is one. Replaces Micronaut's default JSON error body.
 */
@Singleton
class ProblemResponseProcessor implements ErrorResponseProcessor<ProblemDetail> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemResponseProcessor.class);
    /** A bearer JWT from the kommun's identity provider (RFC 6750 §3), or an API key in X-API-Key (docs/adr/0040). */
    static final String INLOGGNINGSSATT = "Bearer realm=\"riksnorm\", ApiKey realm=\"riksnorm\", header=\"X-API-Key\"";
    private static final String API_DOKUMENTATION = "API:t beskrivs på /swagger-ui/ och i /swagger/riksnorm-1.yml.";

    private final Lagringsvakt vakt;
    private final long storstaKropp;

    ProblemResponseProcessor(Lagringsvakt vakt, HttpServerConfiguration server) {
        this.storstaKropp = server.getMaxRequestBufferSize();
        this.vakt = vakt;
    }

    @Override
    public MutableHttpResponse<ProblemDetail> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        HttpStatus status = response.getStatus();
        Optional<Lagringsfel> lagringsfel = status.getCode() >= 500 ? context.getRootCause().flatMap(Lagringsfel::av) : Optional.empty();
        if (lagringsfel.isPresent()) {
            return lagringsproblem(context, lagringsfel.get());
        }
        ProblemDetail problem = context.getRootCause()
                .flatMap(ProblemResponseProcessor::iKedjan)
                .orElseGet(() -> problem(context, status));
        MutableHttpResponse<ProblemDetail> svar = ProblemResponses.svar(context.getRequest(), problem);
        // RFC 9110 §11.6.1: a 401 names the schemes by which the caller may log in
        return problem.status() == 401 ? svar.header(HttpHeaders.WWW_AUTHENTICATE, INLOGGNINGSSATT) : svar;
    }

    /**
     * A database that cannot take the write now: 503 with Retry-After where the same request may succeed later, 409
     * where it lost a race. The transaction was rolled back, so nothing was changed (docs/adr/0141).
     */
    private MutableHttpResponse<ProblemDetail> lagringsproblem(ErrorContext context, Lagringsfel fel) {
        vakt.rapportera(fel);
        HttpRequest<?> request = context.getRequest();
        LOG.warn("{} {}: lagringen svarade {} ({})", request.getMethodName(), request.getPath(), fel,
                context.getRootCause().map(Throwable::getMessage).orElse(""));
        String inget = " Inget ändrades.";
        ProblemDetail problem = switch (fel) {
            case UPPTAGEN -> ProblemDetail.av(Problemtyp.DATABASEN_UPPTAGEN, "Databasen hann inte ta emot skrivningen medan "
                    + "andra skrivningar pågick." + inget + " Försök igen om en stund.", null, null);
            case FULL -> ProblemDetail.av(Problemtyp.LAGRINGEN_FULL, "Databasens lagringsutrymme är fullt, så inget kan sparas "
                    + "just nu." + inget + " Läsning och beräkningar utan spara fungerar. Driften behöver frigöra utrymme på "
                    + "databasens disk; har databasen en egen storleksgräns räcker det att gallra sparade beräkningar "
                    + "(DELETE /api/v1/berakningar?sparadFore=…).", null, null);
            case SKRIVSKYDDAD -> ProblemDetail.av(Problemtyp.DATABASEN_SKRIVSKYDDAD, "Databasen är skrivskyddad just nu, så inget "
                    + "kan sparas." + inget + " Läsning och beräkningar utan spara fungerar. Driften behöver ge tjänsten skrivrätt "
                    + "igen.", null, null);
            case OTILLGANGLIG -> ProblemDetail.av(Problemtyp.DATABASEN_OTILLGANGLIG, "Databasen kunde inte nås." + inget
                    + " Försök igen om en stund.", null, null);
            case KONFLIKT -> ProblemDetail.av(Problemtyp.SAMTIDIG_ANDRING, "En annan skrivning av samma sak hann före." + inget
                    + " Hämta det aktuella läget och gör om ändringen.", null, null);
        };
        MutableHttpResponse<ProblemDetail> svar = ProblemResponses.svar(request, problem);
        return fel.tillfalligt() ? svar.header(HttpHeaders.RETRY_AFTER, Integer.toString(fel == Lagringsfel.UPPTAGEN ? 1 : 30)) : svar;
    }

    /** A problem thrown where the framework wraps it (reading a body, binding an argument). */
    private static Optional<ProblemDetail> iKedjan(Throwable fel) {
        for (Throwable t = fel; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ProblemException problem) {
                return Optional.of(problem.problem());
            }
        }
        return Optional.empty();
    }

    private ProblemDetail problem(ErrorContext context, HttpStatus status) {
        HttpRequest<?> request = context.getRequest();
        Optional<Throwable> orsak = context.getRootCause();
        if (orsak.orElse(null) instanceof JsonSyntaxException fel) {
            JsonLocation plats = fel.getCause() instanceof JsonProcessingException jackson ? jackson.getLocation() : null;
            return ProblemDetail.av(Problemtyp.OGILTIG_JSON, "Begärans innehåll är inte giltig JSON" + (plats == null ? ""
                    : " (rad " + plats.getLineNr() + ", kolumn " + plats.getColumnNr() + ")") + ". Skicka ett JSON-objekt enligt "
                    + "API:t. " + API_DOKUMENTATION, null, null);
        }
        if (orsak.orElse(null) instanceof ConversionErrorException fel && fel.getArgument().getAnnotationMetadata().hasAnnotation(Body.class)) {
            // a body that is JSON but does not fit the request type, e.g. a number too large for whole kronor
            return ProblemDetail.av(Problemtyp.OGILTIGT_VARDE, "Begärans JSON passar inte "
                    + fel.getArgument().getType().getSimpleName() + ": ett värde har fel typ eller är för stort ("
                    + fel.getConversionError().getCause().getMessage().lines().findFirst().orElse("") + "). " + API_DOKUMENTATION, null, null);
        }
        if (orsak.orElse(null) instanceof ConversionErrorException fel) {
            Argument<?> argument = fel.getArgument();
            Object varde = fel.getConversionError().getOriginalValue().orElse(null);
            return faltproblem(argument.getName(), varde, "Värdet '" + varde + "' för " + argument.getName()
                    + " kan inte tolkas som " + typnamn(argument) + ".");
        }
        if (orsak.orElse(null) instanceof UnsatisfiedRouteException fel) {
            return faltproblem(fel.getArgument().getName(), null, fel.getArgument().getName() + " saknas i begäran.");
        }
        return switch (status) {
            case UNAUTHORIZED -> ProblemDetail.av(Problemtyp.EJ_INLOGGAD, "Logga in med en bearer-token från kommunens inloggning "
                    + "(Authorization: Bearer …) eller en API-nyckel (X-API-Key). " + API_DOKUMENTATION, "Authorization", null);
            case FORBIDDEN -> ProblemDetail.av(Problemtyp.SAKNAR_BEHORIGHET, "Inloggningen saknar den roll som krävs för "
                    + request.getMethodName() + " " + request.getPath() + ". Rollerna och vad var och en får göra står i README "
                    + "under \"Roles and login\".", null, null);
            case NOT_FOUND -> ProblemDetail.av(Problemtyp.OKAND_RESURS, "Det finns ingenting på " + request.getPath() + ". "
                    + API_DOKUMENTATION, null, null);
            case METHOD_NOT_ALLOWED -> ProblemDetail.av(Problemtyp.METOD_STODS_INTE, "Metoden " + request.getMethodName()
                    + " stöds inte för " + request.getPath() + ". " + API_DOKUMENTATION, null, null);
            case UNSUPPORTED_MEDIA_TYPE -> ProblemDetail.av(Problemtyp.MEDIATYP_STODS_INTE, "Innehållstypen "
                    + request.getContentType().map(MediaType::toString).orElse("(ingen)") + " stöds inte här. Skicka "
                    + MediaType.APPLICATION_JSON + ".", "Content-Type", null);
            case NOT_ACCEPTABLE -> ProblemDetail.av(Problemtyp.SVARSTYP_STODS_INTE, "Svaret kan bara ges som "
                    + MediaType.APPLICATION_JSON + "; begäran accepterar " + request.getHeaders().get("Accept") + ".", "Accept", null);
            case REQUEST_ENTITY_TOO_LARGE -> ProblemDetail.av(Problemtyp.FOR_STOR_BEGARAN, "Begäran är större än tjänsten tar "
                    + "emot: högst " + storstaKropp / 1024 + " kB (docs/adr/0144).", null, null);
            default -> status.getCode() >= 500 ? internt(context, status) : allmant(context, status);
        };
    }

    private static ProblemDetail faltproblem(String falt, Object varde, String detalj) {
        return ProblemDetail.av(Problemtyp.OGILTIGT_VARDE, detalj, falt, varde == null ? null : varde.toString());
    }

    private static ProblemDetail allmant(ErrorContext context, HttpStatus status) {
        List<Error> fel = context.getErrors();
        String detalj = fel.isEmpty() ? status.getReason() : fel.get(0).getMessage();
        List<ProblemDetail.Fel> alla = fel.size() < 2 ? null : fel.stream()
                .map(e -> new ProblemDetail.Fel(e.getPath().orElse(null), e.getMessage())).toList();
        return ProblemDetail.ovrigt(status, detalj, fel.isEmpty() ? null : fel.get(0).getPath().orElse(null), alla);
    }

    /** A fault of ours: the client gets an id to quote, the log gets the cause under that id. */
    private static ProblemDetail internt(ErrorContext context, HttpStatus status) {
        String id = UUID.randomUUID().toString();
        LOG.error("Internt fel {} på {} {}", id, context.getRequest().getMethodName(), context.getRequest().getPath(),
                context.getRootCause().orElse(null));
        return ProblemDetail.ovrigt(status, "Ett oväntat fel inträffade och är loggat med id " + id + ".", null, null);
    }

    private static String typnamn(Argument<?> argument) {
        Class<?> typ = argument.getType();
        if (typ == int.class || typ == Integer.class || typ == long.class || typ == Long.class) {
            return "ett heltal";
        }
        if (typ == java.time.LocalDate.class) {
            return "ett datum (ÅÅÅÅ-MM-DD)";
        }
        if (typ == java.time.YearMonth.class) {
            return "en månad (ÅÅÅÅ-MM)";
        }
        return "ett värde av typen " + typ.getSimpleName();
    }
}
