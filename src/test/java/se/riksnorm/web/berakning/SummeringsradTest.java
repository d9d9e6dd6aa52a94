package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import se.riksnorm.app.berakning.BerakningService;
import se.riksnorm.app.berakning.Berakningsavslag;
import se.riksnorm.bench.HushallsGenerator;
import se.riksnorm.domain.berakning.Periodresultat;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.web.problem.ProblemException;

/**
 * The batch's summary line written directly is byte for byte what Micronaut Serialization writes for the same answer:
 * 3 000 generated households (every role, part months, all kommun spellings, 2019–2026) and periods over several
 * months (parts in {@code delar}), each compared whole.
 */
@MicronautTest(transactional = false)
class SummeringsradTest extends KorandeTjanst {

    @Inject
    BerakningService berakningar;
    @Inject
    JsonMapper json;

    @Test
    void sammaByteSomSerialiseringen() throws Exception {
        Summeringsrad summeringsrad = new Summeringsrad(berakningar.version());
        HushallsGenerator generator = new HushallsGenerator(42);
        int jamforda = 0;
        for (int i = 1; i <= 3_000; i++) {
            jamforda += jamfor(i, generator.hushall().toString(), summeringsrad);
        }
        String period = "{\"kommun\":\"nykoping\",\"fran\":\"2026-03-15\",\"till\":\"2026-04-14\",\"medlemmar\":[{\"id\":\"förälder\","
                + "\"alder\":40,\"roll\":\"SOKANDE\"},{\"id\":\"barn\",\"fodelsedatum\":\"2015-08-01\",\"roll\":\"BARN\"}],"
                + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":3000,\"manad\":\"2026-03\"}]}";
        jamforda += jamfor(3_001, period, summeringsrad);
        assertThat(jamforda).isGreaterThan(2_900);
    }

    /**
     * A summary names the law of the month by its regelverk and leaves the paragraphs to the full answer (docs/adr/0126):
     * for 2026-03, SoL (2025:400) 12 kap. 1 och 7 §§; the full answer lists them, each with its text.
     */
    @Test
    void summeringenNamnerLagenOchLamnarLagrummenTillDetFullaSvaret() {
        String hushall = "{\"kommun\":\"nykoping\",\"manad\":\"2026-03\",\"medlemmar\":[{\"id\":\"sökande\",\"alder\":40,"
                + "\"roll\":\"SOKANDE\"}]}";
        String batch = "/api/v1/berakningar/forsorjningsstod/batch";

        var summering = http().post(batch + "?detalj=summering", "application/x-ndjson", hushall).json().get("resultat");
        var full = http().post(batch + "?detalj=full", "application/x-ndjson", hushall).json().get("resultat");

        assertThat(summering.get("normer").get("regelverk").asText()).endsWith("Socialtjänstlagen (2025:400) 12 kap. 1 och 7 §§");
        assertThat(summering.get("normer").get("lagrum")).isEmpty();
        assertThat(summering.get("rader")).isEmpty();
        assertThat(full.get("normer").get("regelverk")).isEqualTo(summering.get("normer").get("regelverk"));
        assertThat(full.get("normer").get("lagrum").get(0).get("lagrum").asText()).isEqualTo("Socialtjänstlagen (2025:400) 12 kap. 1 och 7 §§");
        assertThat(full.get("normer").get("lagrum").get(0).get("innehall").asText()).isNotBlank();
        // the same figures either way: 2026 ensamstående riksnorm, nothing else
        assertThat(summering.get("summering")).isEqualTo(full.get("summering"));
    }

    private int jamfor(long nummer, String rad, Summeringsrad summeringsrad) throws Exception {
        Periodresultat resultat;
        try {
            resultat = berakningar.forsorjningsstod(RequestParser.forsorjningsstod(
                    json.readValue(rad, Argument.of(ForsorjningsstodRequest.class))));
        } catch (ProblemException | Berakningsavslag refused) {
            return 0;
        }
        String direkt = new String(summeringsrad.skriv(nummer, resultat), StandardCharsets.UTF_8);
        String serialiserad = new String(json.writeValueAsBytes(new BatchRadResponse(nummer, BerakningResponses.forsorjningsstod(resultat, berakningar.version(), null, null, false), null)),
                StandardCharsets.UTF_8);
        assertThat(direkt).as(rad).isEqualTo(serialiserad);
        return 1;
    }
}
