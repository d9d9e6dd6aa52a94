package se.riksnorm.sidor.admin;

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
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.app.normer.NormLoadService;
import se.riksnorm.normfiles.NormsConfiguration;
import se.riksnorm.normfiles.Inlasningsutfall;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.sidor.Sidformat;
import se.riksnorm.sidor.sakkunnig.Cellnamn;
import se.riksnorm.app.granskning.GranskningService;
import se.riksnorm.storage.GranskningStore;
import se.riksnorm.web.upprakning.Kallbegaran;
import se.riksnorm.web.upprakning.PubliceradRiksnorm;
import se.riksnorm.app.upprakning.RiksnormForslagService;
import se.riksnorm.app.upprakning.Riksnormutfall;
import se.riksnorm.web.granskning.GranskningRequestParser;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The administrator's pages: the national years (propose one from the government's uppräkning, enter or correct the
 * published or preliminary table), the load report of norms/
 * (and a new load), and the audit log by kommun, user, table and date. The same services as the API's.
 */
@Hidden
@Controller(value = "/admin", produces = MediaType.TEXT_HTML)
@Secured(Roller.ADMINISTRATOR)
@ExecuteOn(TaskExecutors.BLOCKING)
class AdminController {

    private static final int SIDA = 50;
    private static final List<Integer> HUSHALL = List.of(1, 2, 3, 4, 5, 6, 7);

    private final Sidor sidor;
    private final RiksnormForslagService riksnormer;
    private final NormLoadService loader;
    private final NormsConfiguration normer;
    private final GranskningService granskning;

    AdminController(Sidor sidor, RiksnormForslagService riksnormer, NormLoadService loader, NormsConfiguration normer, GranskningService granskning) {
        this.sidor = sidor;
        this.riksnormer = riksnormer;
        this.loader = loader;
        this.normer = normer;
        this.granskning = granskning;
    }

    @Get
    @View("admin/start")
    Map<String, Object> start(HttpRequest<?> request) {
        return sidor.vy(request, "Administration", adminsida(Map.of(), Formularfel.INGA, null));
    }

    /** Proposes a national year from the year before and the government's uppräkning (preliminary), as the API does. */
    @Post(value = "/riksnorm", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> foresla(HttpRequest<?> request, @Body Map<String, String> falt, Anvandare anvandare) {
        try {
            int ar = AdminRequestParser.ar(tom(falt.get("ar")));
            Procentsats procent = Procentsats.tolka(falt.get("procent"));
            Riksnormutfall utfall = riksnormer.foresla(ar, procent, anvandare, tom(falt.get("motivering")));
            return HttpResponse.ok(new ModelAndView<>("admin/start", sidor.vy(request, "Administration",
                    adminsida(Map.of(), Formularfel.INGA, Adminsida.foreslagen(utfall, ar, procent)))));
        } catch (ProblemException | Vagran fel) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/start", sidor.vy(request,
                    "Administration", adminsida(falt, Formularfel.av(Sidfel.problem(fel), f -> f.equals("ar") || f.equals("procent")
                            || f.equals("motivering") ? f : null), null))));
        }
    }

    /** Loads norms/ again; the page shows the new report. */
    @Post(value = "/inlasning", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> lasIn(HttpRequest<?> request, Anvandare anvandare) {
        loader.lasIn(Path.of(normer.directory()), anvandare);
        return HttpResponse.seeOther(java.net.URI.create("/admin#inlasning"));
    }

    @Get("/riksnorm/{ar}")
    @View("admin/riksnorm")
    Map<String, Object> riksnorm(HttpRequest<?> request, int ar) {
        Normbok normbok = riksnormer.normbok();
        Riksnorm lagrad = normbok.riksnorm(ar).or(() -> normbok.riksnorm(ar - 1)).orElse(null);
        Map<String, String> falt = new HashMap<>();
        if (lagrad != null) {
            for (Aldersgrupp g : Aldersgrupp.values()) {
                falt.put("p." + g.nyckel(), Long.toString(lagrad.personliga(g).belopp()));
                lagrad.ejLunch(g).ifPresent(b -> falt.put("e." + g.nyckel(), Long.toString(b.kronor().belopp())));
            }
            HUSHALL.forEach(n -> falt.put("g." + n, Long.toString(lagrad.gemensamma(n).belopp())));
            lagrad.upprakningen().ifPresent(u -> falt.put("upprakningProcent", u.procent().toPlainString().replace('.', ',')));
        }
        falt.put("kallaId", "regeringen-" + ar);
        falt.put("kallaTitel", Riksnormsida.kallansTitel(ar));
        return sidor.vy(request, Riksnormsida.titel(ar), riksnormsida(ar, falt, Formularfel.INGA, null, List.of()));
    }

    @Post(value = "/riksnorm/{ar}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> faststall(HttpRequest<?> request, int ar, @Body Map<String, String> falt, Anvandare anvandare) {
        try {
            Map<String, Long> personliga = new LinkedHashMap<>();
            Map<String, Long> ejLunch = new LinkedHashMap<>();
            Map<String, Long> gemensamma = new LinkedHashMap<>();
            for (Aldersgrupp g : Aldersgrupp.values()) {
                personliga.put(g.nyckel(), AdminRequestParser.belopp(tom(falt.get("p." + g.nyckel())), "personligaKostnader." + g.nyckel()));
                Long e = AdminRequestParser.belopp(tom(falt.get("e." + g.nyckel())), "ejLunch." + g.nyckel());
                if (e != null) {
                    ejLunch.put(g.nyckel(), e);
                }
            }
            HUSHALL.forEach(n -> gemensamma.put(Integer.toString(n), AdminRequestParser.belopp(tom(falt.get("g." + n)), "gemensammaKostnader." + n)));
            String procent = falt.get("upprakningProcent");
            Riksnormstatus status = "PRELIMINAR".equals(falt.get("status")) ? Riksnormstatus.PRELIMINAR : Riksnormstatus.FASTSTALLD;
            Riksnorm publicerad = PubliceradRiksnorm.bygg(ar, personliga, gemensamma, ejLunch.isEmpty() ? null : ejLunch,
                    riksnormer.kalla(Kallbegaran.las(tom(falt.get("kallaId")), tom(falt.get("kallaTitel")), "OFFICIELL",
                            tom(falt.get("kallaReferens")))),
                    procent == null || procent.isBlank() ? null : Procentsats.tolka(procent), status, riksnormer.normbok());
            Riksnormutfall utfall = riksnormer.faststall(publicerad, anvandare, tom(falt.get("motivering")));
            List<String> skillnader = utfall.skillnader().stream().map(s -> Cellnamn.av(s.var()) + ": " + s.fore() + " → " + s.efter()).toList();
            return HttpResponse.ok(new ModelAndView<>("admin/riksnorm", sidor.vy(request, Riksnormsida.titel(ar), riksnormsida(ar, falt,
                    Formularfel.INGA, Riksnormsida.inmatad(ar, status, utfall), skillnader))));
        } catch (ProblemException | Vagran fel) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/riksnorm", sidor.vy(request,
                    Riksnormsida.titel(ar), riksnormsida(ar, falt, Formularfel.av(Sidfel.problem(fel), AdminController::formfalt), null, List.of()))));
        }
    }

    @Get("/granskning")
    @View("admin/granskning")
    HttpResponse<?> granskning(HttpRequest<?> request, @Nullable @QueryValue String kommun, @Nullable @QueryValue String anvandare,
                               @Nullable @QueryValue String tabell, @Nullable @QueryValue String fran, @Nullable @QueryValue String till,
                               @Nullable @QueryValue Integer sida) {
        Map<String, String> filter = new LinkedHashMap<>();
        filter.put("kommun", kommun);
        filter.put("anvandare", anvandare);
        filter.put("tabell", tabell);
        filter.put("fran", fran);
        filter.put("till", till);
        Map<String, String> kommuner = new LinkedHashMap<>();
        riksnormer.normbok().kommuner().forEach(k -> kommuner.put(k.id(), k.namn()));
        int s = sida == null || sida < 0 ? 0 : Math.min(sida, 100_000);
        try {
            Instant start = GranskningRequestParser.fran(tom(fran));
            Instant slut = GranskningRequestParser.till(tom(till));
            GranskningStore.Sida resultat = granskning.lista(start, slut, tom(anvandare),
                    AdminRequestParser.monster(tom(tabell), tom(kommun), riksnormer.normbok()), s, SIDA);
            return HttpResponse.ok(sidor.vy(request, "Granskningslogg", new Granskningssida(filter, kommuner, resultat.poster(),
                    resultat.totalt(), s, SIDA, Formularfel.INGA)));
        } catch (ProblemException fel) {
            return HttpResponse.status(HttpStatus.BAD_REQUEST).body(sidor.vy(request, "Granskningslogg", new Granskningssida(filter,
                    kommuner, List.of(), 0, s, SIDA, Formularfel.av(fel.problem(), f -> f.equals("fran") || f.equals("till") ? f : null))));
        }
    }

    private Adminsida adminsida(Map<String, String> falt, Formularfel fel, @Nullable String meddelande) {
        Normbok normbok = riksnormer.normbok();
        List<Adminsida.Riksnormrad> ar = normbok.riksnormer().stream().map(r -> new Adminsida.Riksnormrad(r.ar(),
                r.status().arLast() ? "fastställd" : "preliminär",
                r.upprakningen().map(u -> Sidformat.procent(u.procent().toPlainString())).orElse("–"),
                Sidformat.manad(r.giltighet().fran().toString()) + " – " + Sidformat.manad(r.giltighet().till().toString()))).toList();
        var rapport = loader.senasteRapport();
        Map<String, Long> utfall = new LinkedHashMap<>();
        for (Inlasningsutfall u : Inlasningsutfall.values()) {
            utfall.put(Adminsida.utfall(u), rapport.antal(u));
        }
        int nasta = normbok.riksnormer().stream().mapToInt(Riksnorm::ar).max().orElse(LocalDate.now().getYear()) + 1;
        return new Adminsida(ar, rapport, utfall, nasta, falt, fel, meddelande);
    }

    private static Riksnormsida riksnormsida(int ar, Map<String, String> falt, Formularfel fel, String meddelande, List<String> skillnader) {
        List<Map.Entry<String, String>> personliga = new ArrayList<>();
        List<Map.Entry<String, String>> ejLunch = new ArrayList<>();
        for (Aldersgrupp g : Aldersgrupp.values()) {
            personliga.add(new AbstractMap.SimpleEntry<>("p." + g.nyckel(), g.benamning()));
            if (Riksnorm.EJ_LUNCH_KOLUMNER.contains(g)) {
                ejLunch.add(new AbstractMap.SimpleEntry<>("e." + g.nyckel(), g.benamning()));
            }
        }
        List<Map.Entry<String, String>> gemensamma = HUSHALL.stream()
                .<Map.Entry<String, String>>map(n -> new AbstractMap.SimpleEntry<>("g." + n, n == 1 ? "1 person" : n + " personer")).toList();
        return new Riksnormsida(ar, null, personliga, gemensamma, ejLunch, falt, fel, meddelande, skillnader);
    }

    /** The API's field ({@code personligaKostnader.ar_0}, {@code kalla.titel}) → the form's input. */
    private static String formfalt(String falt) {
        if (falt == null) {
            return null;
        }
        return falt.replace("personligaKostnader.", "p.").replace("gemensammaKostnader.", "g.").replace("ejLunch.", "e.")
                .replace("kalla.id", "kallaId").replace("kalla.titel", "kallaTitel").replace("procent", "upprakningProcent");
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
