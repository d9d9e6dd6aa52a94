package se.riksnorm.sidor.berakning;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidor;
import se.riksnorm.web.berakning.BerakningForSidor;
import se.riksnorm.web.berakning.ForsorjningsstodRequest;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.sakerhet.Roller;

/**
 * The handläggare's calculator: a household (members, the month or a period of up to a year, costs, incomes,
 * reductions) → försörjningsstöd with every line, its rule, arithmetic and reference, one part per month; or the household's matnorm, or the visiting children's umgängesnorm. The
 * calculations are the API's (BerakningForSidor); nothing is stored unless the handläggare asks.
 */
@Hidden
@Controller(value = "/berakning", produces = MediaType.TEXT_HTML)
@Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG})
@ExecuteOn(TaskExecutors.BLOCKING)
class BerakningssidaController {

    private static final Kalkylator.Rader FORST = new Kalkylator.Rader(4, 2, 3, 1);
    private static final int MEST = 30;

    private final Sidor sidor;
    private final Kommunatkomst atkomst;
    private final BerakningForSidor berakningar;

    BerakningssidaController(Sidor sidor, Kommunatkomst atkomst, BerakningForSidor berakningar) {
        this.sidor = sidor;
        this.atkomst = atkomst;
        this.berakningar = berakningar;
    }

    @Get
    @View("berakning/kalkylator")
    Map<String, Object> kalkylator(HttpRequest<?> request) {
        List<Kommun> mina = atkomst.mina(request);
        Map<String, String> falt = new HashMap<>();
        if (!mina.isEmpty()) {
            falt.put("kommun", mina.get(0).id());
        }
        falt.put("medlemmar[0].roll", "SOKANDE");
        falt.put("kostnader[0].typ", "BOENDE");
        falt.put("inkomster[0].typ", "LON");
        return sidor.vy(request, Kalkylator.TITEL, new Kalkylator(kommuner(mina), falt, FORST, Formularfel.INGA,
                null, null, null, null));
    }

    @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> berakna(HttpRequest<?> request, @Body Map<String, String> falt, Anvandare anvandare) {
        List<Kommun> kommuner = kommuner(atkomst.mina(request));
        Kalkylator.Rader rader = new Kalkylator.Rader(antal(falt, "medlemsrader", FORST.medlemmar()),
                antal(falt, "kostnadsrader", FORST.kostnader()), antal(falt, "inkomstrader", FORST.inkomster()),
                antal(falt, "nedsattningsrader", FORST.nedsattningar()));
        String vad = falt.getOrDefault("berakna", "forsorjningsstod");
        if (vad.startsWith("fler-")) {
            return sida(request, new Kalkylator(kommuner, falt, new Kalkylator.Rader(
                    Math.min(MEST, rader.medlemmar() + (vad.equals("fler-medlemmar") ? 2 : 0)),
                    Math.min(MEST, rader.kostnader() + (vad.equals("fler-kostnader") ? 2 : 0)),
                    Math.min(MEST, rader.inkomster() + (vad.equals("fler-inkomster") ? 2 : 0)),
                    Math.min(MEST, rader.nedsattningar() + (vad.equals("fler-nedsattningar") ? 1 : 0))),
                    Formularfel.INGA, null, null, null, null), HttpStatus.OK);
        }
        Kalkylformular formular = new Kalkylformular(falt, rader);
        try {
            return switch (vad) {
                case "matnorm" -> sida(request, new Kalkylator(kommuner, falt, rader, Formularfel.INGA,
                        null, berakningar.matnorm(formular.matnorm()), null, null), HttpStatus.OK);
                case "umgangesnorm" -> sida(request, new Kalkylator(kommuner, falt, rader, Formularfel.INGA, null, null,
                        berakningar.umgangesnorm(formular.umgangesnorm()), null), HttpStatus.OK);
                case "spara" -> {
                    ForsorjningsstodRequest begaran = formular.forsorjningsstod();
                    var sparad = berakningar.spara(begaran, anvandare, atkomst.behorighet(request));
                    yield sida(request, new Kalkylator(kommuner, falt, rader, Formularfel.INGA,
                            berakningar.forsorjningsstod(begaran), null, null, sparad.id()), HttpStatus.OK);
                }
                default -> sida(request, new Kalkylator(kommuner, falt, rader, Formularfel.INGA,
                        berakningar.forsorjningsstod(formular.forsorjningsstod()), null, null, null), HttpStatus.OK);
            };
        } catch (ProblemException | Sidfel fel) {
            ProblemDetail problem = Sidfel.problem(fel);
            Formularfel formularfel = Formularfel.av(problem, f -> formular.formfalt(f, vad.equals("umgangesnorm"),
                    vad.equals("matnorm")));
            return sida(request, new Kalkylator(kommuner, falt, rader, formularfel, null, null, null, null),
                    problem.status() == 403 ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY);
        }
    }

    /**
     * Every kommun, the person's own first: calculating without storing is open to every login, as in the API; storing
     * is for the person's own kommuner only (BerakningForSidor.spara, docs/adr/0052).
     */
    private List<Kommun> kommuner(List<Kommun> mina) {
        List<Kommun> kommuner = new ArrayList<>(mina);
        atkomst.alla().stream().filter(k -> !mina.contains(k)).forEach(kommuner::add);
        return kommuner;
    }

    private HttpResponse<?> sida(HttpRequest<?> request, Kalkylator kalkylator, HttpStatus status) {
        return HttpResponse.status(status).body(new ModelAndView<>("berakning/kalkylator",
                sidor.vy(request, Kalkylator.TITEL, kalkylator)));
    }

    private static int antal(Map<String, String> falt, String namn, int standard) {
        String varde = falt.get(namn);
        return varde != null && varde.matches("[0-9]{1,2}") ? Math.min(MEST, Math.max(standard, Integer.parseInt(varde))) : standard;
    }
}
