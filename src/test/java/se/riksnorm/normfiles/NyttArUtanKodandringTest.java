package se.riksnorm.normfiles;

import se.riksnorm.app.normer.NormLoadService;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.support.EgnaNormer;
import se.riksnorm.support.Prov2027;
import se.riksnorm.app.normer.Normregister;

/**
 * Next year is data: norms/ with a preliminary riksnorm/2027.yaml (the test's made-up figures) loads, every month
 * has its rules and law, and 2027 calculates, without a line of Java (README "How to add next year").
 */
@MicronautTest(transactional = false)
class NyttArUtanKodandringTest extends EgnaNormer {

    @Inject
    NormLoadService loader;
    @Inject
    Regelregister regler;
    @Inject
    Normregister register;

    NyttArUtanKodandringTest() {
        Prov2027.laggTill(normer);
    }

    @Test
    void enPreliminar2027FilLasesInOchBeraknas() {
        Inlasningsrapport rapport = loader.senasteRapport();
        assertThat(rapport.filer()).noneSatisfy(f -> assertThat(f.utfall()).isEqualTo(Inlasningsutfall.FEL));
        assertThat(rapport.filer()).filteredOn(f -> f.fil().equals("norms/riksnorm/2027.yaml"))
                .singleElement().satisfies(f -> assertThat(f.utfall()).isEqualTo(Inlasningsutfall.NY));

        Regelbok regelbok = regler.aktuell();
        register.aktuell().riksnormer().forEach(riksnorm -> {
            for (YearMonth m = riksnorm.giltighet().fran(); !m.isAfter(riksnorm.giltighet().till()); m = m.plusMonths(1)) {
                assertThat(regelbok.saknas(m)).as(m + " has its rule set and its law").isEmpty();
            }
        });
        assertThat(register.aktuell().riksnorm(2027)).isPresent();

        // 4 000 + 1 300 = 5 300 (support/Prov2027), with the notes that the figures and the law are preliminary
        JsonNode svar = http().post("/api/v1/berakningar/forsorjningsstod", "application/json",
                "{\"kommun\":\"nykoping\",\"manad\":\"2027-06\",\"medlemmar\":[{\"alder\":40,\"roll\":\"SOKANDE\"}]}").json();
        assertThat(svar.get("summering").get("forsorjningsstod").asLong()).isEqualTo(5300);
        assertThat(svar.get("anmarkningar").findValuesAsText("kod")).contains("PRELIMINAR_RIKSNORM", "PRELIMINAR_REGEL");
        assertThat(http().get("/api/v1/riksnormer").json().findValuesAsText("ar")).endsWith("2027");
    }

    @Test
    void ettArUtanPrisbasbeloppNamnsNarDetSaknas() {
        // a 2028 table would need 2028's prisbasbelopp in norms/regler/parametrar.yaml: the month says so
        assertThat(regler.aktuell().saknas(YearMonth.of(2028, 1)))
                .containsExactly("prisbasbeloppet för 2028 (norms/regler/parametrar.yaml)");
    }
}
