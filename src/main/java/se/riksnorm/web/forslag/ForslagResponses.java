package se.riksnorm.web.forslag;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.web.kommun.FordelningResponses;
import se.riksnorm.web.riksnorm.RiksnormResponses;

/** Domain → JSON for proposals. */
final class ForslagResponses {

    static final String BAS = "/api/v1/forslag";
    /** How every proposal is computed (docs/adr/0011). */
    static final String METOD = "Basårets fördelning behålls: varje kolumns poster skalas till riksnormens nya kolumnsumma, "
            + "avrundas nedåt och kvarvarande kronor går till de största resterna (lika rest: större post först, sedan "
            + "bilagans ordning). Matnorm följer av livsmedel; umgängesnorm föreslås enligt kommunens regel.";

    private ForslagResponses() {
    }

    static ForslagResponse forslag(Forslag forslag, Riksnorm riksnorm, List<Avvikelse> avvikelser) {
        var tabell = forslag.fordelning();
        Map<String, String> lankar = new LinkedHashMap<>();
        String bas = href(forslag);
        lankar.put("historik", bas + "/historik");
        lankar.put("jamforelse", bas + "/jamforelse");
        lankar.put("bilaga", bas + "/bilaga.pdf");
        lankar.put("kommun", FordelningResponses.BAS + "/" + tabell.kommun().id());
        if (forslag.beslutadVersion() != null) {
            lankar.put("beslutad", FordelningResponses.BAS + "/" + tabell.kommun().id() + "/fordelningar/" + tabell.ar()
                    + "/versioner/" + forslag.beslutadVersion());
        }
        return new ForslagResponse(forslag.id(), forslag.status().name(), tabell.ar(), forslag.basar(), METOD,
                new ForslagResponse.RiksnormRef(riksnorm.ar(), riksnorm.status().name(),
                        riksnorm.upprakningen().map(u -> u.procent().toPlainString()).orElse(null),
                        RiksnormResponses.BAS + "/" + riksnorm.ar()),
                new ForslagResponse.Umgangesnorm(forslag.umgangesregel(), forslag.umgangesnormBekraftad()),
                forslag.status().arLast() ? List.of() : forslag.hinderForBeslut(riksnorm, avvikelser),
                forslag.beslutadVersion(), FordelningResponses.hel(tabell, riksnorm, avvikelser), lankar);
    }

    static ForslagSummaryResponse sammanfattning(Forslag forslag, List<Avvikelse> avvikelser) {
        return new ForslagSummaryResponse(forslag.id(), forslag.fordelning().ar(), forslag.basar(), forslag.status().name(),
                forslag.beslutadVersion(), avvikelser.size(), href(forslag));
    }

    static String href(Forslag forslag) {
        return BAS + "/" + forslag.id();
    }
}
