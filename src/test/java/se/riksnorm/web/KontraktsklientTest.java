package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.riksnorm.kontraktsklient.ApiClient;
import se.riksnorm.kontraktsklient.ApiException;
import se.riksnorm.kontraktsklient.api.BerakningApi;
import se.riksnorm.kontraktsklient.api.KommunApi;
import se.riksnorm.kontraktsklient.model.Forsorjningsstod;
import se.riksnorm.kontraktsklient.model.ForsorjningsstodBegaran;
import se.riksnorm.kontraktsklient.model.Fordelning;
import se.riksnorm.kontraktsklient.model.Inkomst;
import se.riksnorm.kontraktsklient.model.Inkomsttyp;
import se.riksnorm.kontraktsklient.model.Kostnad;
import se.riksnorm.kontraktsklient.model.Kostnadstyp;
import se.riksnorm.kontraktsklient.model.Medlem;
import se.riksnorm.kontraktsklient.model.Problem;
import se.riksnorm.kontraktsklient.model.Rad;
import se.riksnorm.kontraktsklient.model.Roll;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * The integrator's view: the Java client openapi-generator writes from openapi/riksnorm-1.yml at build time
 * (pom.xml, library native: the JDK's HttpClient and Jackson) calls the service and gets typed answers. The household
 * is the README's first calculation, Nyköping, March 2023.
 */
@MicronautTest(transactional = false)
class KontraktsklientTest extends KorandeTjanst {

    private ApiClient klient;

    @BeforeEach
    void klient() {
        // the contract's apiNyckel scheme: the native library has no auth classes, so the header goes in per request
        klient = new ApiClient()
                .setRequestInterceptor(begaran -> begaran.header(Http.API_NYCKEL, "test-alla"));
        klient.updateBaseUri(server.getURI().toString());
    }

    private static ForsorjningsstodBegaran readmesHushall() {
        return new ForsorjningsstodBegaran()
                .kommun("nykoping").manad("2023-03")
                .medlemmar(List.of(
                        new Medlem().id("förälder").fodelsedatum(LocalDate.of(1985, 4, 2)).roll(Roll.SOKANDE),
                        new Medlem().id("barn").fodelsedatum(LocalDate.of(2015, 6, 10)).roll(Roll.BARN).dagar(15)))
                .kostnader(List.of(new Kostnad().typ(Kostnadstyp.BOENDE).belopp(7200L).beskrivning("hyra")))
                .inkomster(List.of(
                        new Inkomst().typ(Inkomsttyp.LON).belopp(9000L).medlem("förälder").jobbstimulans(true),
                        new Inkomst().typ(Inkomsttyp.BARNBIDRAG).belopp(625L)));
    }

    @Test
    void denGenereradeKlientenBeraknarReadmesHushallMedTypadeFalt() throws ApiException {
        Forsorjningsstod svar = new BerakningApi(klient).beraknaForsorjningsstod(readmesHushall(), null);

        // riksnorm: 3 490 (ensamstående) + 1 665 (barn 7–10 år: 3 380 × 12 / 365 = 111 kr/dag × 15) + 1 250 (2 personer) = 6 405
        assertThat(svar.getSummering().getRiksnorm()).isEqualTo(6405L);
        assertThat(svar.getSummering().getSkaligaKostnader()).isEqualTo(7200L);
        // inkomster: 9 000 − 2 250 jobbstimulans (25 % av 9 000) + 625 barnbidrag = 7 375
        assertThat(svar.getSummering().getInkomster()).isEqualTo(7375L);
        // 6 405 + 7 200 − 7 375 = 6 230
        assertThat(svar.getSummering().getForsorjningsstod()).isEqualTo(6230L);
        assertThat(svar.getHushalletsStorlek()).isEqualTo(2);

        Rad barnet = rad(svar, "PERSONLIGA_KOSTNADER", "barn");
        assertThat(barnet.getKronor()).isEqualTo(1665L);
        Rad jobbstimulans = rad(svar, "JOBBSTIMULANS", "förälder");
        assertThat(jobbstimulans.getKronor()).isEqualTo(2250L);
        // the law of March 2023: the old Socialtjänstlagen's jobbstimulans paragraph
        assertThat(jobbstimulans.getGrunder()).anySatisfy(grund -> {
            assertThat(grund.getTyp()).isEqualTo("FORFATTNING");
            assertThat(grund.getHanvisning()).contains("Socialtjänstlagen (2001:453) 4 kap. 1 b §");
        });
        // a nullable reference (oneOf the type and Ingenting) arrives as its own type
        assertThat(svar.getNormer()).isNotNull();
        assertThat(svar.getDelar()).isNull();
    }

    /** docs/api.md's snippet, line for line but for the key and the address (BerakningsexemplenTest compares the two). */
    @Test
    void dokumentetsExempelGerEttTypatSvar() throws ApiException {
        String basUri = server.getURI().toString();
        ApiClient klient = new ApiClient().setRequestInterceptor(b -> b.header("X-API-Key", "test-handlaggare"));
        klient.updateBaseUri(basUri);
        Forsorjningsstod svar = new BerakningApi(klient).beraknaForsorjningsstod(new ForsorjningsstodBegaran()
                .kommun("nykoping").manad("2023-03")
                .medlemmar(List.of(new Medlem().id("förälder").fodelsedatum(LocalDate.of(1985, 4, 2)).roll(Roll.SOKANDE),
                        new Medlem().id("barn").fodelsedatum(LocalDate.of(2015, 6, 10)).roll(Roll.BARN).dagar(15)))
                .kostnader(List.of(new Kostnad().typ(Kostnadstyp.BOENDE).belopp(7200L)))
                .inkomster(List.of(new Inkomst().typ(Inkomsttyp.LON).belopp(9000L).medlem("förälder").jobbstimulans(true),
                        new Inkomst().typ(Inkomsttyp.BARNBIDRAG).belopp(625L))), null);
        assertThat(svar.getSummering().getForsorjningsstod()).isEqualTo(6230L);
    }

    @Test
    void enVagranBlirApiExceptionMedProblemetsTyp() throws JsonProcessingException {
        ApiException fel = catchThrowableOfType(ApiException.class,
                () -> new BerakningApi(klient).beraknaForsorjningsstod(readmesHushall().manad("2031-03"), null));

        assertThat(fel.getCode()).isEqualTo(422);
        Problem problem = klient.getObjectMapper().readValue(fel.getResponseBody(), Problem.class);
        assertThat(problem.getType()).isEqualTo("urn:riksnorm:problem:norm-saknas");
        assertThat(problem.getStatus()).isEqualTo(422);
    }

    @Test
    void enFordelningUtanBilagansExempelLasesMedNull() throws ApiException {
        Fordelning tabell = new KommunApi(klient).hamtaFordelning("nykoping", 2023);

        assertThat(tabell.getAr()).isEqualTo(2023);
        assertThat(tabell.getHemmavarandeUngdom().getExempel()).isNull();
    }

    private static Rad rad(Forsorjningsstod svar, String typ, String medlem) {
        return svar.getRader().stream()
                .filter(r -> typ.equals(r.getTyp()) && medlem.equals(r.getMedlem()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + typ + " line for " + medlem));
    }
}
