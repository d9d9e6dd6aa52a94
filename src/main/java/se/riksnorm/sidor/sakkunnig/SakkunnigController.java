package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.Map;
import java.util.function.Supplier;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Revision;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.storage.LagratForslag;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.app.upprakning.LagradAndring;
import se.riksnorm.web.forslag.JamforelseResponse;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The sakkunnig's pages: a kommun's years, next year's proposal in the bilaga's layout with every cell editable and
 * checked by the server as she types, the comparison with last year, and the hand-over for decision. Every step is a
 * call of the same services as the API's (ForslagService), each change with the revision the page was rendered from
 * (its If-Match, {@link Revision}); the bilaga's PDF and XLSX are the
 * API's own documents.
 */
@Hidden
@Controller(value = "/sakkunnig", produces = MediaType.TEXT_HTML)
@Secured(Roller.SAKKUNNIG)
@ExecuteOn(TaskExecutors.BLOCKING)
class SakkunnigController {

    private final Sidor sidor;
    private final Kommunatkomst atkomst;
    private final ForslagService tjanst;
    private final Forslagsvyer vyer;

    SakkunnigController(Sidor sidor, Kommunatkomst atkomst, ForslagService tjanst, Forslagsvyer vyer) {
        this.sidor = sidor;
        this.atkomst = atkomst;
        this.tjanst = tjanst;
        this.vyer = vyer;
    }

    @Get
    HttpResponse<?> mina(HttpRequest<?> request, @Nullable @QueryValue String kommun) {
        return HttpResponse.seeOther(atkomst.kommunensSida(request, "/sakkunnig/", kommun));
    }

    @Get("/{kommun}")
    @View("sakkunnig/kommun")
    Map<String, Object> kommun(HttpRequest<?> request, String kommun, @Nullable @QueryValue String klart) {
        Kommun k = atkomst.kommun(request, kommun);
        return kommunsida(request, k, Formularfel.INGA, Klartmeddelande.av(klart));
    }

    @Post(value = "/{kommun}/forslag", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> nyttForslag(HttpRequest<?> request, String kommun, @Body Map<String, String> formular, Anvandare anvandare) {
        Kommun k = atkomst.kommun(request, kommun);
        try {
            int ar = SakkunnigRequestParser.ar(formular.get("ar"));
            int basar = SakkunnigRequestParser.basar(formular.get("fran"), ar);
            Forslag forslag = tjanst.skapa(k, ar, basar, anvandare, formular.get("motivering")).forslag();
            return HttpResponse.seeOther(URI.create("/sakkunnig/" + k.id() + "/forslag/" + forslag.id()));
        } catch (ProblemException | Vagran fel) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sakkunnig/kommun",
                    kommunsida(request, k, Formularfel.av(Sidfel.problem(fel), f -> f.equals("ar") || f.equals("fran")
                            || f.equals("motivering") ? f : null), null)));
        }
    }

    @Get("/{kommun}/forslag/{id}")
    @View("sakkunnig/forslag")
    Map<String, Object> forslag(HttpRequest<?> request, String kommun, long id, @Nullable @QueryValue String klart) {
        LagratForslag lagrat = vyer.lagrat(request, kommun, id);
        Forslag forslag = lagrat.forslag();
        Cellvarden inga = Cellvarden.las(forslag.fordelning(), Map.of());
        return sidor.vy(request, Forslagssida.titel(forslag), vyer.forslagssida(forslag, lagrat.revision(), forslag, inga, "", Formularfel.INGA,
                Klartmeddelande.av(klart)));
    }

    /** The grid as typed, checked by the proposal's own rules and the riksnorm, nothing stored: htmx swaps the parts. */
    @Post(value = "/{kommun}/forslag/{id}/kontroll", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @View("sakkunnig/kontroll")
    Map<String, Object> kontroll(HttpRequest<?> request, String kommun, long id, @Body Map<String, String> formular) {
        LagratForslag lagrat = vyer.lagrat(request, kommun, id);
        Forslag sparat = lagrat.forslag();
        Cellvarden varden = Cellvarden.las(sparat.fordelning(), formular);
        Forslag visat = sparat;
        Formularfel fel = Formularfel.INGA;
        if (!varden.andringar().isEmpty() && !sparat.status().arLast()) {
            try {
                visat = sparat.andra(varden.andringar()).forslag();
            } catch (Vagran vagran) {
                fel = Formularfel.av(Sidfel.problem(vagran), varden::formfalt);
            }
        }
        return sidor.vy(request, Forslagssida.titel(sparat), vyer.forslagssida(sparat, lagrat.revision(), visat, varden,
                formular.getOrDefault("motivering", ""), fel, null));
    }

    @Post(value = "/{kommun}/forslag/{id}/andringar", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> spara(HttpRequest<?> request, String kommun, long id, @Body Map<String, String> formular, Anvandare anvandare) {
        LagratForslag lagrat = vyer.lagrat(request, kommun, id);
        Forslag sparat = lagrat.forslag();
        Cellvarden varden = Cellvarden.las(sparat.fordelning(), formular);
        String motivering = formular.getOrDefault("motivering", "");
        int visadRevision = lagrat.revision();
        Formularfel fel;
        if (!varden.fel().isEmpty()) {
            fel = varden.beloppsfel();
        } else {
            try {
                Integer revision = Revision.ur(formular, id);
                visadRevision = revision == null ? visadRevision : revision;
                LagradAndring andring = tjanst.andra(id, revision, varden.kravAndringar(), anvandare, motivering);
                return HttpResponse.seeOther(URI.create(bas(sparat) + "?klart=" + Klartmeddelande.SPARAT + andring.utfall().skillnader().size()));
            } catch (ProblemException | Vagran problem) {
                fel = Formularfel.av(Sidfel.problem(problem), varden::formfalt);
            }
        }
        Forslag visat = sparat;
        try {
            visat = varden.andringar().isEmpty() ? sparat : sparat.andra(varden.andringar()).forslag();
        } catch (Vagran ogiltig) {
            // the refusal is already in fel; show the stored figures
        }
        // after a lost race the form keeps the revision it was rendered from: saving it again cannot overwrite the other change
        return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("sakkunnig/forslag",
                sidor.vy(request, Forslagssida.titel(sparat), vyer.forslagssida(sparat, visadRevision, visat, varden, motivering, fel, null))));
    }

    @Post(value = "/{kommun}/forslag/{id}/umgangesnorm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> bekrafta(HttpRequest<?> request, String kommun, long id, @Body Map<String, String> formular, Anvandare anvandare) {
        return steg(request, vyer.lagrat(request, kommun, id), "umgangesnorm",
                () -> tjanst.bekraftaUmgangesnorm(id, Revision.ur(formular, id), anvandare, tomSomNull(formular.get("motivering"))));
    }

    @Post(value = "/{kommun}/forslag/{id}/overlamning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lamnaOver(HttpRequest<?> request, String kommun, long id, @Body Map<String, String> formular, Anvandare anvandare) {
        return steg(request, vyer.lagrat(request, kommun, id), "overlamnat",
                () -> tjanst.lamnaOver(id, Revision.ur(formular, id), anvandare, tomSomNull(formular.get("motivering"))));
    }

    @Get("/{kommun}/forslag/{id}/jamforelse")
    @View("sakkunnig/jamforelse")
    Map<String, Object> jamforelse(HttpRequest<?> request, String kommun, long id) {
        Forslag forslag = vyer.lagrat(request, kommun, id).forslag();
        JamforelseResponse jamforelse = Sidfel.vid(() -> JamforelseResponse.av(tjanst.jamforelse(forslag.fordelning(),
                tjanst.avvikelser(forslag))));
        return sidor.vy(request, Jamforelsesida.titel(jamforelse), new Jamforelsesida(forslag.fordelning().kommun(), forslag.id(), jamforelse));
    }

    /**
     * One step on the proposal (confirm, hand over): done, back to the proposal with its message; refused, the proposal
     * as stored with the refusal at the top, in the API's status (409, 412, 428).
     */
    private HttpResponse<?> steg(HttpRequest<?> request, LagratForslag lagrat, String klart, Supplier<LagratForslag> steget) {
        Forslag forslag = lagrat.forslag();
        try {
            steget.get();
            return HttpResponse.seeOther(URI.create(bas(forslag) + "?klart=" + klart));
        } catch (ProblemException | Vagran fel) {
            ProblemDetail problem = Sidfel.problem(fel);
            Cellvarden inga = Cellvarden.las(forslag.fordelning(), Map.of());
            return HttpResponse.status(HttpStatus.valueOf(problem.status())).body(new ModelAndView<>("sakkunnig/forslag",
                    sidor.vy(request, Forslagssida.titel(forslag), vyer.forslagssida(forslag, lagrat.revision(), forslag, inga, "",
                            Formularfel.av(problem, f -> null), null))));
        }
    }

    private Map<String, Object> kommunsida(HttpRequest<?> request, Kommun kommun, Formularfel fel, @Nullable String meddelande) {
        return sidor.vy(request, Kommunsida.titel(kommun), vyer.kommunsida(kommun, fel, meddelande, null));
    }

    private static String bas(Forslag forslag) {
        return "/sakkunnig/" + forslag.fordelning().kommun().id() + "/forslag/" + forslag.id();
    }

    private static String tomSomNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
