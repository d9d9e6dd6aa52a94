package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import se.riksnorm.support.Pdf;

/**
 * What the bilaga states: only what the decision or the norms data says. A decided table gets no rule its
 * decision did not contain (SN22/37 names no rounding of the hemmavarande-ungdom share; docs/adr/0004); a
 * proposal names the rule it applies; the lines above the tables say how things stand now; how a proposal was
 * computed is a note, not a line for the nämnd.
 */
class BilagaInnehallTest {

    private static final String AVRUNDNING = "avrundat till närmaste krona";

    @Test
    void beslutad2023AngerIngenAvrundningSomBeslutetInteHar() throws IOException {
        Dokument bilaga = Bilagor.beslutad2023();

        // the 2023 bilaga of SN22/37 has no hemmavarande-ungdom paragraph, and the norms file no example
        assertThat(Pdf.text(Format.PDF.skriv(bilaga, "x"))).doesNotContain(AVRUNDNING).doesNotContain("Hemmavarande ungdom");
        assertThat(text(bilaga)).doesNotContain(AVRUNDNING).doesNotContain("avrundat");
    }

    @Test
    void beslutad2022SkriverRegelnSomBeslutetMedDessExempel() {
        // the 2022 bilaga: "Ensamståendenormen + del av gemensamma kostnader (ex.vis 1.890:- / 5 pers = 378:- +
        // 3.210:- = 3.588:-)": 1 890 / 5 = 378 exactly, so it shows no rounding either
        assertThat(text(Bilagor.beslutad2022())).contains("Normen för hemmavarande ungdom beräknas enligt följande: "
                        + "ensamståendenormen + del av gemensamma kostnader (hushållets gemensamma kostnader / antal personer), "
                        + "t.ex. 1 890 kr / 5 personer = 378 kr; 378 kr + 3 210 kr = 3 588 kr.")
                .doesNotContain("avrundat");
    }

    @Test
    void forslagetAngerAvrundningenDetTillampar() {
        Dokument forslag = Bilagor.forslag2023();

        // 2 060 / 5 = 412; 412 + 3 490 = 3 902
        assertThat(text(forslag)).contains("(hushållets gemensamma kostnader / antal personer, " + AVRUNDNING + "), t.ex. "
                + "2 060 kr / 5 personer = 412 kr; 412 kr + 3 490 kr = 3 902 kr.");
    }

    @Test
    void forslagetsRaderSagerHurDetStarOchBerakningssattetArEnAnmarkning() {
        Dokument forslag = Bilagor.forslag2023();

        assertThat(forslag.inledning()).containsExactly(
                "FÖRSLAG – inte beslutat (förslag 7, uppräknat ur Nyköpings fördelning 2022).",
                "Riksnormen 2023: preliminär (härledd, 2022 + 8,6 %), ännu inte den publicerade tabellen.");
        assertThat(forslag.noter()).hasSize(2);
        assertThat(forslag.noter().get(0)).startsWith("Förslaget är uppräknat ur Nyköpings fördelning 2022: ")
                .contains("(största rest per kolumn)");
        assertThat(forslag.noter().get(1)).startsWith("* Umgängesnormen är föreslagen enligt regeln ")
                .endsWith(" och ännu inte bekräftad av sakkunnig.");
        String tabeller = text(new Dokument("", "", "", forslag.inledning(), forslag.avsnitt(), java.util.List.of(), "x"));
        assertThat(tabeller).doesNotContain("största rest").doesNotContain("Källa:");
        assertThat(tabeller).contains("Umgängesnorm per dag (inkl. matnorm) *");
    }

    @Test
    void ettBeslutatForslagSagerInteAttRiksnormenArPreliminar() {
        Dokument beslutat = Bilagor.beslutatForslag2023();

        // the proposal was made on the preliminary riksnorm, whose words are in its cells' source; the bilaga
        // says how things stand now: decided, on the published riksnorm
        assertThat(beslutat.inledning()).containsExactly("Förslag 7, beslutat som version 2 av Nyköpings tabell 2023.",
                "Riksnormen 2023: fastställd.");
        assertThat(text(beslutat)).doesNotContain("preliminär").doesNotContain(" *");
        assertThat(beslutat.noter()).hasSize(1);
    }

    @Test
    void enBeslutadTabellNamnerSinKalla() {
        assertThat(Bilagor.beslutad2023().inledning()).containsExactly(Bilagor.SN22_37,
                "Källa: " + Bilagor.BESLUTAD_2023.kalla().titel() + ".", "Riksnormen 2023: fastställd.");
    }

    /** The document's words as a reader sees them in the browser. */
    private static String text(Dokument dokument) {
        return Jsoup.parse(new String(Format.HTML.skriv(dokument, "x"), StandardCharsets.UTF_8)).text();
    }
}
