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
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Kommun;
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
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;
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
            String text = tom(falt.get("ar"));
            if (text == null || !text.matches("[0-9]{4}")) {
                throw Problems.ogiltigtVarde("ar", text, "Ange året som föreslås, t.ex. 2025.");
            }
            int ar = Integer.parseInt(text);
            Procentsats procent = Procentsats.tolka(falt.get("procent"));
            Riksnormutfall utfall = riksnormer.foresla(ar, procent, anvandare, tom(falt.get("motivering")));
            String meddelande = utfall.endastExempel()
                    ? "Räkneexempel för riksnormen " + ar + " ur " + (ar - 1) + " + " + procent.svenskText() + ", inte lagrat. " + utfall.forklaring()
                    : "Riksnormen " + ar + " är föreslagen (preliminär) ur " + (ar - 1) + " + " + procent.svenskText() + ".";
            return HttpResponse.ok(new ModelAndView<>("admin/start", sidor.vy(request, "Administration",
                    adminsida(Map.of(), Formularfel.INGA, meddelande))));
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
        falt.put("kallaTitel", "Regeringens beslut om riksnormen för " + ar);
        return sidor.vy(request, "Riksnormen " + ar, riksnormsida(ar, falt, Formularfel.INGA, null, List.of()));
    }

    @Post(value = "/riksnorm/{ar}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> faststall(HttpRequest<?> request, int ar, @Body Map<String, String> falt, Anvandare anvandare) {
        try {
            Map<String, Long> personliga = new LinkedHashMap<>();
            Map<String, Long> ejLunch = new LinkedHashMap<>();
            Map<String, Long> gemensamma = new LinkedHashMap<>();
            for (Aldersgrupp g : Aldersgrupp.values()) {
                personliga.put(g.nyckel(), belopp(falt, "p." + g.nyckel(), "personligaKostnader." + g.nyckel()));
                Long e = belopp(falt, "e." + g.nyckel(), "ejLunch." + g.nyckel());
                if (e != null) {
                    ejLunch.put(g.nyckel(), e);
                }
            }
            HUSHALL.forEach(n -> gemensamma.put(Integer.toString(n), belopp(falt, "g." + n, "gemensammaKostnader." + n)));
            String procent = falt.get("upprakningProcent");
            Riksnormstatus status = "PRELIMINAR".equals(falt.get("status")) ? Riksnormstatus.PRELIMINAR : Riksnormstatus.FASTSTALLD;
            Riksnorm publicerad = PubliceradRiksnorm.bygg(ar, personliga, gemensamma, ejLunch.isEmpty() ? null : ejLunch,
                    riksnormer.kalla(Kallbegaran.las(tom(falt.get("kallaId")), tom(falt.get("kallaTitel")), "OFFICIELL",
                            tom(falt.get("kallaReferens")))),
                    procent == null || procent.isBlank() ? null : Procentsats.tolka(procent), status, riksnormer.normbok());
            Riksnormutfall utfall = riksnormer.faststall(publicerad, anvandare, tom(falt.get("motivering")));
            List<String> skillnader = utfall.skillnader().stream().map(s -> Cellnamn.av(s.var()) + ": " + s.fore() + " → " + s.efter()).toList();
            return HttpResponse.ok(new ModelAndView<>("admin/riksnorm", sidor.vy(request, "Riksnormen " + ar, riksnormsida(ar, falt,
                    Formularfel.INGA, (status.arLast() ? "Riksnormen " + ar + " är fastställd enligt den publicerade tabellen"
                            : "Riksnormen " + ar + " är inmatad som preliminär")
                            + (utfall.ersatte() ? "; " + skillnader.size() + " belopp skilde sig från den lagrade tabellen." : "."), skillnader))));
        } catch (ProblemException | Vagran fel) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("admin/riksnorm", sidor.vy(request,
                    "Riksnormen " + ar, riksnormsida(ar, falt, Formularfel.av(Sidfel.problem(fel), AdminController::formfalt), null, List.of()))));
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
            Instant start = tom(fran) == null ? Instant.EPOCH : dag("fran", fran).atStartOfDay().toInstant(ZoneOffset.UTC);
            Instant slut = tom(till) == null ? Instant.now().plusSeconds(1)
                    : dag("till", till).plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).minusNanos(1);
            GranskningStore.Sida resultat = granskning.lista(start, slut, tom(anvandare), monster(tabell, kommun), s, SIDA);
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
            utfall.put(switch (u) {
                case NY -> "nya";
                case OFORANDRAD -> "oförändrade";
                case UPPDATERAD -> "uppdaterade";
                case VAGRAD -> "vägrade";
                case FEL -> "med fel";
            }, rapport.antal(u));
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

    private static Long belopp(Map<String, String> falt, String namn, String apiFalt) {
        String text = tom(falt.get(namn));
        if (text == null) {
            return null;
        }
        String siffror = text.replaceAll("[\\s\u00A0\u202F]", "");
        if (!siffror.matches("[0-9]{1,9}")) {
            throw Problems.ogiltigtVarde(apiFalt, text, "Ange ett belopp i hela kronor, t.ex. 3 490 (inte '" + text + "').");
        }
        return Long.valueOf(siffror);
    }

    /**
     * The audit entries' object text, as the log writes it: "fördelning nykoping 2024, förslag 1" or "riksnorm 2024"
     * (the audit row has no kommun column). The kommun is matched as a whole word between "fördelning " and the year,
     * so Mark never matches Markaryd, nor Ånge Ängelholm; only known kommun ids (letters, digits, '-') and the two
     * tables reach the LIKE pattern, so it holds no wildcard but its own.
     */
    private String monster(String tabell, String kommun) {
        String t = tom(tabell);
        String k = tom(kommun);
        if (t != null && !t.equals("fördelning") && !t.equals("riksnorm")) {
            throw Problems.ogiltigtVarde("tabell", t, "Tabellen är fördelning eller riksnorm.");
        }
        if (k == null) {
            return t == null ? null : t + " %";
        }
        String id = riksnormer.normbok().kommun(k).map(Kommun::id).filter(i -> i.matches("[a-z0-9-]+")).orElseThrow(() ->
                Problems.ogiltigtVarde("kommun", k, "Tjänsten känner ingen kommun '" + k + "'."));
        if ("riksnorm".equals(t)) {
            throw Problems.ogiltigtVarde("kommun", k, "Riksnormen är nationell: välj alla kommuner eller tabellen fördelning.");
        }
        return "fördelning " + id + " %";
    }

    private static LocalDate dag(String falt, String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problems.ogiltigtVarde(falt, text, "'" + text + "' är inte en dag på formen ÅÅÅÅ-MM-DD.");
        }
    }

    private static String tom(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
