package se.riksnorm.normfiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.upprakning.UmgangeOforandrad;
import se.riksnorm.domain.upprakning.UmgangeUrPersonliga;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.support.ProjektetsNormer;

/** A kommun names its umgänge rule in kommun.yaml (upprakning.umgangesnorm); the schema checks it. */
class UmgangesregelFileReaderTest {

    @Test
    void utanAvsnittGallerStandardregeln() {
        assertThat(ProjektetsNormer.las().umgangesregler()).isEmpty();
    }

    @Test
    void enEgenRegelLasesOchForeslarRaden() throws IOException {
        NormFiles filer = las("""
                upprakning:
                  umgangesnorm:
                    regel: personliga_utom
                    utom: [klader_och_skor, hygien]
                    dagar_per_ar: "365"
                    avrundning: halvt_uppat
                """);

        Umgangesregel regel = filer.umgangesregler().get("nykoping");
        assertThat(regel).isEqualTo(new UmgangeUrPersonliga(EnumSet.of(Behovspost.KLADER_OCH_SKOR, Behovspost.HYGIEN),
                new BigDecimal("365"), Avrundning.HALVT_UPPAT));
        // 2023, 0 år: (2 420 − 605 − 774) × 12 / 365 = 34,22 → 34
        Map<Aldersgrupp, Kronor> rad = regel.foresla(ProjektetsNormer.nykoping(2023).personligaKostnader(), Map.of());
        assertThat(rad.get(Aldersgrupp.AR_0)).isEqualTo(Kronor.of(34));
        assertThat(regel.beskrivning()).isEqualTo("(summa personliga kostnader − kläder och skor − hygien) × 12 / 365, "
                + "avrundat till närmaste krona");
    }

    @Test
    void oforandradBehallerForraAretsRad() throws IOException {
        Umgangesregel regel = las("upprakning:\n  umgangesnorm:\n    regel: oforandrad\n").umgangesregler().get("nykoping");

        assertThat(regel).isInstanceOf(UmgangeOforandrad.class);
        var beslutad = ProjektetsNormer.nykoping(2023).umgangesnormPerDag();
        assertThat(regel.foresla(ProjektetsNormer.nykoping(2023).personligaKostnader(), beslutad)).isEqualTo(beslutad);
    }

    @Test
    void enOfullstandigRegelVagrasAvSchemat() throws IOException {
        NormFiles filer = las("upprakning:\n  umgangesnorm:\n    regel: personliga_utom\n    utom: [hyra]\n");

        // the kommun's file, and so its two fördelningar, are not read
        assertThat(filer.fel()).extracting(NormFileException::fil).containsExactly("norms/kommuner/nykoping/kommun.yaml",
                "norms/kommuner/nykoping/2022.yaml", "norms/kommuner/nykoping/2023.yaml");
        assertThat(String.join(" ", filer.fel().get(0).problem())).contains("dagar_per_ar").contains("avrundning").contains("utom");
        assertThat(filer.kommuner()).isEmpty();
    }

    private static NormFiles las(String avsnitt) throws IOException {
        Path normer = ProjektetsNormer.kopia(Files.createTempDirectory("riksnorm-umgange"));
        Path kommun = normer.resolve("kommuner/nykoping/kommun.yaml");
        Files.writeString(kommun, Files.readString(kommun) + avsnitt);
        return new NormFileReader().las(normer);
    }
}
