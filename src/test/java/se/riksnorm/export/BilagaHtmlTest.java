package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The HTML bilaga: escaped, Swedish, and printed by the browser as the PDF is, on A4 landscape. */
class BilagaHtmlTest {

    @Test
    void arEscapadOchSvensk() {
        String html = html(BilagaModell.tabell(Bilagor.BESLUTAD_2023, Bilagor.RIKSNORM_2023, List.of(),
                "Beslutad <script>alert(1)</script> & klart", "x"));

        assertThat(html).contains("<html lang=\"sv\"").contains("Beslutad &lt;script&gt;alert(1)&lt;/script&gt; &amp; klart")
                .doesNotContain("<script>")
                .contains("<td class=\"tal\">2 026</td>")
                .contains("<tr class=\"summa\">");
    }

    @Test
    void skrivsUtLiggandeA4MedSeedensGruppRubriker() {
        String html = html(Bilagor.beslutad2023());

        assertThat(html).contains("size: A4 landscape;")
                .contains("<th class=\"avsnitt\" scope=\"col\">Personliga kostnader</th>")
                .contains("<th class=\"grupp\" scope=\"colgroup\" colspan=\"8\">Barn och ungdomar</th>")
                .contains("<th class=\"grupp\" scope=\"colgroup\" colspan=\"2\">Vuxna</th>")
                .contains("<p class=\"kommun\">Nyköpings kommun</p>");
    }

    private static String html(Dokument dokument) {
        return new String(Format.HTML.skriv(dokument, "x"), StandardCharsets.UTF_8);
    }
}
