package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.riksnorm.support.Curl;
import se.riksnorm.support.Dokument;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;
import se.riksnorm.support.Rakning;
import se.riksnorm.support.Svarsutskrift;

/**
 * The calculations as the README and docs/api.md print them: each request sent as written (with the tests' key of the
 * demo key's role, {@link Curl#skicka}), and every line printed as its answer compared with the answer
 * ({@link Svarsutskrift}): the type, the person, the amount, the rule's text, the totals, the notes. Where the
 * document writes the arithmetic by hand ({@code By hand: `…`}), it is checked ({@link Rakning}) and must end in the
 * figure the service answers. A change in the rules or in a document that makes the two differ fails here.
 */
@MicronautTest(transactional = false)
class BerakningsexemplenTest extends KorandeTjanst {

    @ParameterizedTest
    @CsvSource({"README.md, ## A first calculation", "docs/api.md, ## Calculating försörjningsstöd"})
    void denForstaBerakningenGerDetSomVisas(String fil, String rubrik) {
        Dokument avsnitt = Dokument.las(fil).avsnitt(rubrik);

        Http.Svar svar = Curl.av(avsnitt.block(0)).skicka(http());

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        Svarsutskrift.jamfor(svar(avsnitt, 1), svar.json());
    }

    @Test
    void enPeriodOverTvaManaderGerDetSomVisas() {
        Dokument avsnitt = Dokument.las("docs/api.md").avsnitt("**A period over several months**");

        Http.Svar svar = Curl.av(avsnitt.block(0)).skicka(http());

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        Svarsutskrift.jamfor(svar(avsnitt, 1), svar.json());
        assertThat(Rakning.kontrollera(avsnitt.kodEfter("By hand:")))
                .isEqualByComparingTo(BigDecimal.valueOf(svar.json().get("summering").get("forsorjningsstod").asLong()));
    }

    @Test
    void fran2027GerDenInmatadeTabellenDetSomVisas() {
        Dokument avsnitt = Dokument.las("docs/api.md").avsnitt("**From 2027**");
        Curl tabell = Curl.av(avsnitt.block(0));
        Curl berakning = Curl.av(avsnitt.block(1));

        Http.Svar fore = berakning.skicka(http());
        assertThat(fore.status()).as(fore.body()).isEqualTo(422);
        assertThat(fore.json().get("type").asText()).endsWith(":" + avsnitt.kodEfter("a 2027 month is").replaceAll("^422 ", ""));
        assertThat(fore.json().get("detail").asText()).contains(citat(avsnitt.text()));
        Http.Svar inmatad = tabell.skicka(http());
        assertThat(inmatad.status()).as(inmatad.body()).isEqualTo(200);
        Http.Svar svar = berakning.skicka(http());

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        Svarsutskrift.jamfor(svar(avsnitt, 2), svar.json());
        assertThat(Rakning.kontrollera(avsnitt.kodEfter("By hand:")))
                .isEqualByComparingTo(BigDecimal.valueOf(svar.json().get("summering").get("forsorjningsstod").asLong()));
    }

    /**
     * The generated client's snippet is KontraktsklientTest's {@code dokumentetsExempelGerEttTypatSvar} as printed: the
     * same lines but for the demo key (the tests' key of its role), the address (the test server's) and the figure in
     * the last line's comment, which the test asserts.
     */
    @Test
    void denGenereradeKlientensExempelArDetSomTestasOchVisas() throws IOException {
        String exempel = Dokument.las("docs/api.md").avsnitt("## A client generated from the contract").block(0).text()
                .replace("\"handlaggare-demo\"", "\"" + Curl.testnyckel("handlaggare-demo") + "\"")
                .replace("\"http://localhost:8080\"", "basUri")
                .replaceAll("(?m)^(.*);\\s*// (\\d+)$", "assertThat($1).isEqualTo($2L);");
        String test = Files.readString(Path.of("src/test/java/se/riksnorm/web/KontraktsklientTest.java"));

        assertThat(enRad(test)).contains(enRad(exempel));
    }

    private static String enRad(String kod) {
        return kod.replaceAll("\\s+", " ");
    }

    /** The printed answer: the block, which must be a plain one (no language), not another command. */
    private static String svar(Dokument avsnitt, int block) {
        Dokument.Block svar = avsnitt.block(block);
        assertThat(svar.sprak()).as(avsnitt + ": block " + block + " is the printed answer").isEmpty();
        return svar.text();
    }

    /** The refusal's words as the document quotes them: ("… words …"). */
    private static String citat(String text) {
        Matcher m = Pattern.compile("\\(\"… (.+?) …\"\\)", Pattern.DOTALL).matcher(text);
        assertThat(m.find()).as("a quoted refusal (\"… … …\")").isTrue();
        return m.group(1).replace('\n', ' ');
    }
}
