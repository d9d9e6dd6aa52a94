package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.web.kommun.InmatningForSidor;
import se.riksnorm.web.kommun.InmatningResponse;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The sakkunnig imports the kommun's current table from a file (the bilaga's XLSX or CSV, edited in Excel): first a
 * preview (nothing stored: the table in the bilaga's layout, its findings and notes), then stored as the year's next
 * version, each through the API's own {@code PUT …/fordelningar/{ar}} service ({@link InmatningForSidor}). Posted by
 * htmx as multipart with the CSRF header (CsrfUppladdningFilter); it answers the result's part of the page, or the
 * whole page to a browser without script.
 */
@Hidden
@Controller(value = "/inmatning", produces = MediaType.TEXT_HTML)
@Secured(Roller.SAKKUNNIG)
@ExecuteOn(TaskExecutors.BLOCKING)
class InmatningssidaController {

    private final Sidor sidor;
    private final Kommunatkomst atkomst;
    private final InmatningForSidor inmatning;
    private final Forslagsvyer vyer;

    InmatningssidaController(Sidor sidor, Kommunatkomst atkomst, InmatningForSidor inmatning, Forslagsvyer vyer) {
        this.sidor = sidor;
        this.atkomst = atkomst;
        this.inmatning = inmatning;
        this.vyer = vyer;
    }

    @Post(value = "/{kommun}", consumes = MediaType.MULTIPART_FORM_DATA)
    HttpResponse<?> mataIn(HttpRequest<?> request, String kommun, @Nullable @Part("ar") String ar, @Nullable @Part("steg") String steg,
                           @Nullable @Part("fil") CompletedFileUpload fil, Anvandare anvandare) {
        Kommun k = atkomst.kommun(request, kommun);
        Inmatningsruta ruta;
        HttpStatus status = HttpStatus.OK;
        try {
            int aret = SakkunnigRequestParser.tabellensAr(ar);
            CompletedFileUpload vald = SakkunnigRequestParser.fil(fil);
            InmatningResponse svar = inmatning.mataIn(k, aret, innehall(vald), mediatyp(vald), "lagra".equals(steg), anvandare,
                    atkomst.behorighet(request));
            ruta = new Inmatningsruta(ar, svar, Rutnat.av(svar.tabell(), Map.of(), Map.of(), Map.of()), null, List.of());
        } catch (ProblemException | Vagran | Sidfel fel) {
            ProblemDetail problem = Sidfel.problem(fel);
            status = HttpStatus.valueOf(problem.status());
            ruta = new Inmatningsruta(ar == null ? "" : ar, null, null, problem.detail(), problem.fel() == null ? List.of()
                    : problem.fel().stream().map(ProblemDetail.Fel::meddelande).toList());
        }
        if (request.getHeaders().contains("HX-Request")) {
            // htmx swaps the result in and leaves the form (and the file chosen) as it is; it swaps only a 2xx answer, so a
            // refusal comes as 200 with the API's text in place (the whole page without script keeps the API's status)
            return HttpResponse.ok(new ModelAndView<>("sakkunnig/inmatning", Map.of("i", ruta)));
        }
        return HttpResponse.status(status).body(new ModelAndView<>("sakkunnig/kommun", sidor.vy(request, Kommunsida.titel(k),
                vyer.kommunsida(k, Formularfel.INGA, null, ruta))));
    }

    /** The browser's media type, or by the file's name where the browser gives none (CSV often comes as text/plain). */
    private static String mediatyp(CompletedFileUpload fil) {
        String namn = fil.getFilename().toLowerCase(Locale.ROOT);
        String typ = fil.getContentType().map(MediaType::toString).orElse("application/octet-stream");
        if (namn.endsWith(".csv")) {
            return "text/csv";
        }
        return namn.endsWith(".xlsx") && !typ.contains("macro") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : typ;
    }

    private static byte[] innehall(CompletedFileUpload fil) {
        try {
            return fil.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
