package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.KorandeTjanstMedNormer;
import se.riksnorm.support.Referens;
import se.riksnorm.support.Sql;

/** A kommun whose kommun.yaml keeps last year's umgängesnorm gets that row proposed, marked with its rule. */
@MicronautTest(transactional = false)
class KommunensUmgangesregelTest extends KorandeTjanstMedNormer {

    @Inject
    DataSource dataSource;


    @Test
    void forslagetFoljerKommunensRegel() {
        assertThat(Sql.text(dataSource, "select umgange_regel from kommun_upprakning where kommun = 'nykoping'")).isEqualTo("OFORANDRAD");

        JsonNode forslag = http().begaran("POST", "/api/v1/kommuner/nykoping/forslag", "{\"ar\":2024}", "X-API-Key", "anna.ulf").json();

        assertThat(forslag.get("umgangesnorm").get("regel").asText()).isEqualTo("föregående års beslutade belopp, oförändrade");
        assertThat(forslag.get("tabell").get("umgangesnorm").findValuesAsText("perDag"))
                .containsExactlyElementsOf(Referens.nykopingBilaga(2023).get("Umgängesnorm per dag").stream().map(String::valueOf).toList());
    }

    {
        // before the service starts and loads the copy
        Path kommun = normer.resolve("kommuner/nykoping/kommun.yaml");
        try {
            Files.writeString(kommun, Files.readString(kommun) + "upprakning:\n  umgangesnorm:\n    regel: oforandrad\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
