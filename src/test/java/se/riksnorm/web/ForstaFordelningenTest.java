package se.riksnorm.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Curl;
import se.riksnorm.support.Dokument;
import se.riksnorm.support.Http;
import se.riksnorm.support.KorandeTjanst;

/**
 * The README's first request, Nyköping's decided fördelning 2023, as printed: the curl is sent (with the tests' key of
 * the demo key's role), and every field the shortened answer prints with its value ({@code "summa":2026},
 * {@code "diarienummer":"SN22/37"}) is in the answer, in the order printed. A value the README shortens with … is not
 * compared; a figure it prints between … ({@code …385…}) must be one of the answer's amounts.
 */
@MicronautTest(transactional = false)
class ForstaFordelningenTest extends KorandeTjanst {

    private static final Pattern FALT = Pattern.compile("\"(\\w+)\":(\"[^\"…]*\"|-?\\d+|null|true|false)(?=[,}\\]\\s])");
    private static final Pattern UTELAMNAT_BELOPP = Pattern.compile("…(\\d+)…");

    @Test
    void fordelningenGerDetSomVisas() {
        Dokument avsnitt = Dokument.las("README.md").avsnitt("## Two commands");
        Dokument.Block begaran = avsnitt.block().stream().filter(b -> b.text().startsWith("curl")).findFirst().orElseThrow();
        Dokument.Block utskrift = avsnitt.block().stream().filter(b -> b.sprak().equals("json")).findFirst().orElseThrow();

        Http.Svar svar = Curl.av(begaran).skicka(http());

        assertThat(svar.status()).as(svar.body()).isEqualTo(200);
        String svaret = svar.body();
        List<String> falt = new ArrayList<>();
        Matcher m = FALT.matcher(utskrift.text());
        while (m.find()) {
            falt.add("\"" + m.group(1) + "\":" + m.group(2));
        }
        // kommun (3), ar, status, beslut (5), a column with a post (5) and its sums (3), column 5 (4), the avvikelse (6)
        assertThat(falt).as("the fields the README prints").hasSizeGreaterThanOrEqualTo(25);
        int fran = 0;
        for (String f : falt) {
            int var = svaret.indexOf(f, fran);
            assertThat(var).as(f + " in the answer after position " + fran).isGreaterThanOrEqualTo(0);
            fran = var + f.length();
        }
        Matcher belopp = UTELAMNAT_BELOPP.matcher(utskrift.text());
        while (belopp.find()) {
            assertThat(svaret).contains("\"kronor\":" + belopp.group(1) + "}");
        }
    }
}
