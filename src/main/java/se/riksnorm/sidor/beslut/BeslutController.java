package se.riksnorm.sidor.beslut;

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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Revision;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.sidor.Sidformat;
import se.riksnorm.sidor.sakkunnig.Forslagsvyer;
import se.riksnorm.sidor.sakkunnig.Kommunsida;
import se.riksnorm.sidor.sakkunnig.Rutnat;
import se.riksnorm.storage.LagratForslag;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.web.forslag.BeslutRequest;
import se.riksnorm.web.forslag.Beslutsformular;
import se.riksnorm.web.historik.HandelseResponse;
import se.riksnorm.web.kommun.FordelningResponses;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The beslutsfattare's pages: the proposals waiting for the nämnd, each with its bilaga and findings; the decision
 * (nämnd, datum, paragraf, diarienummer) recorded through ForslagService as the API records it; a decided table shown
 * frozen with its versions and history.
 */
@Hidden
@Controller(value = "/beslut", produces = MediaType.TEXT_HTML)
@Secured(Roller.BESLUTSFATTARE)
@ExecuteOn(TaskExecutors.BLOCKING)
class BeslutController {

    private static final Set<String> FALT = Set.of("namnd", "datum", "paragraf", "diarienummer", "tjansteskrivelse", "underlag", "ersatter");

    private final Sidor sidor;
    private final Kommunatkomst atkomst;
    private final ForslagService tjanst;
    private final Forslagsvyer vyer;

    BeslutController(Sidor sidor, Kommunatkomst atkomst, ForslagService tjanst, Forslagsvyer vyer) {
        this.sidor = sidor;
        this.atkomst = atkomst;
        this.tjanst = tjanst;
        this.vyer = vyer;
    }

    @Get
    HttpResponse<?> mina(HttpRequest<?> request, @Nullable @QueryValue String kommun) {
        return HttpResponse.seeOther(atkomst.kommunensSida(request, "/beslut/", kommun));
    }

    @Get("/{kommun}")
    @View("beslut/lista")
    Map<String, Object> lista(HttpRequest<?> request, String kommun) {
        Kommun k = atkomst.kommun(request, kommun);
        Normbok normbok = atkomst.normbok();
        List<Kommunsida.Forslagsrad> oppna = tjanst.lista(k).stream().filter(f -> !f.status().arLast())
                .map(f -> new Kommunsida.Forslagsrad(f.id(), f.fordelning().ar(), f.basar(), false, null, tjanst.avvikelser(f).size(),
                        Overlamning.vantar(tjanst.historik(f)))).toList();
        List<Kommunsida.Arsrad> ar = normbok.fordelningar(k).stream().map(f -> new Kommunsida.Arsrad(f.ar(), f.status().arLast(),
                f.beslutet().map(Sidformat::beslut).orElse(null), normbok.avvikelser(f).stream().map(a -> a.meddelande()).toList()))
                .toList();
        return sidor.vy(request, k.namn() + ": beslut", new Beslutslista(k, oppna.stream().filter(Kommunsida.Forslagsrad::vantar).toList(),
                oppna.stream().filter(f -> !f.vantar()).toList(), ar));
    }

    @Get("/{kommun}/forslag/{id}")
    @View("beslut/forslag")
    Map<String, Object> forslag(HttpRequest<?> request, String kommun, long id) {
        LagratForslag lagrat = vyer.lagrat(request, kommun, id);
        return sidor.vy(request, Beslutssida.titel(id), beslutssida(lagrat.forslag(), lagrat.revision(), Map.of("namnd", "Socialnämnden"),
                Formularfel.INGA));
    }

    @Post(value = "/{kommun}/forslag/{id}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> besluta(HttpRequest<?> request, String kommun, long id, @Body Map<String, String> formular, Anvandare anvandare) {
        LagratForslag lagrat = vyer.lagrat(request, kommun, id);
        Forslag forslag = lagrat.forslag();
        int visadRevision = lagrat.revision();
        try {
            forslag.kravEjBeslutat();
            Integer revision = Revision.ur(formular, id);
            visadRevision = revision == null ? visadRevision : revision;
            BeslutRequest begaran = new BeslutRequest(formular.get("namnd"), formular.get("datum"), formular.get("paragraf"),
                    formular.get("diarienummer"), formular.get("tjansteskrivelse"), formular.get("underlag"),
                    Beslutsformular.ersatter(formular.get("ersatter")));
            Beslut beslut = Beslutsformular.beslut(begaran, forslag.fordelning().ar());
            Forslag beslutat = tjanst.besluta(id, revision, beslut, begaran.ersatter(), anvandare).forslag();
            return HttpResponse.seeOther(URI.create("/beslut/" + beslutat.fordelning().kommun().id() + "/" + beslutat.fordelning().ar()));
        } catch (ProblemException | Vagran fel) {
            ProblemDetail problem = Sidfel.problem(fel);
            return HttpResponse.status(HttpStatus.valueOf(problem.status())).body(new ModelAndView<>("beslut/forslag",
                    sidor.vy(request, Beslutssida.titel(id), beslutssida(forslag, visadRevision, formular,
                            Formularfel.av(problem, f -> FALT.contains(f) ? f : null)))));
        }
    }

    /** The table as in force; the sakkunnig reads it too. */
    @Get("/{kommun}/{ar}")
    @Secured({Roller.BESLUTSFATTARE, Roller.SAKKUNNIG})
    @View("beslut/tabell")
    Map<String, Object> tabell(HttpRequest<?> request, String kommun, int ar) {
        Kommun k = atkomst.kommun(request, kommun);
        Normbok normbok = atkomst.normbok();
        Fordelning tabell = normbok.fordelning(k, ar).orElseThrow(() -> new Sidfel(Problems.okandFordelning(k, ar, normbok).problem()));
        var svar = FordelningResponses.hel(tabell, normbok.riksnorm(ar).orElseThrow(), normbok.avvikelser(tabell));
        List<String> versioner = tjanst.versioner(k, ar).stream().sorted(Comparator.comparingInt(Fordelningsversion::version))
                .map(Tabellsida::version).toList();
        return sidor.vy(request, k.namn() + " " + ar, new Tabellsida(k, ar, tabell.status().arLast(),
                tabell.beslutet().map(Sidformat::beslut).orElse(null), tabell.beslutet().map(Beslut::underlag).orElse(null),
                Rutnat.av(svar, Map.of(), Map.of(), Map.of()), versioner,
                tjanst.historik(k, ar).stream().map(HandelseResponse::av).toList()));
    }

    private Beslutssida beslutssida(Forslag forslag, int revision, Map<String, String> falt, Formularfel fel) {
        Fordelning tabell = forslag.fordelning();
        Integer gallande = tjanst.versioner(tabell.kommun(), tabell.ar()).stream()
                .filter(v -> v.fordelning().status().arLast()).map(Fordelningsversion::version).max(Integer::compare).orElse(null);
        return new Beslutssida(vyer.forslagssida(new LagratForslag(forslag, revision)), falt, fel, gallande);
    }
}
