package se.riksnorm.normfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.riksnorm.support.ProjektetsNormer;

/** A broken norms file is reported with its name and every problem, and the other files are still read. */
class NormFileReaderTest {

    @TempDir
    Path temp;

    private final NormFileReader reader = new NormFileReader();

    @Test
    void ettBeloppSomTextRapporterasMedSokvag() {
        Path normer = ProjektetsNormer.kopia(temp);
        ProjektetsNormer.andra(normer.resolve("riksnorm/2023.yaml"), "ar_0: 2420", "ar_0: tvåtusen");

        NormFiles filer = reader.las(normer);

        assertThat(filer.fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/riksnorm/2023.yaml");
            assertThat(String.join(" ", fel.problem())).contains("personliga_kostnader.ar_0");
        });
        assertThat(filer.riksnormer()).hasSize(ProjektetsNormer.riksnormsar().size() - 1);
        assertThat(filer.fordelningar()).hasSize(2);
    }

    @Test
    void enSaknadPostOchEttNegativtBeloppRapporterasBada() {
        Path normer = ProjektetsNormer.kopia(temp);
        Path fil = normer.resolve("kommuner/nykoping/2022.yaml");
        ProjektetsNormer.andra(fil, "    ar_3: 177 ", "    ar_3: -177 ");
        ProjektetsNormer.andra(fil, "    ar_0: 755               # 0 år\n", "");

        NormFiles filer = reader.las(normer);

        assertThat(filer.fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/kommuner/nykoping/2022.yaml");
            assertThat(fel.problem()).hasSize(2);
            assertThat(String.join(" ", fel.problem())).contains("personliga_kostnader.hygien.ar_3").contains("ar_0");
        });
    }

    @Test
    void enOkandKallaNamnsMedSittId() {
        Path normer = ProjektetsNormer.kopia(temp);
        ProjektetsNormer.andra(normer.resolve("riksnorm/2026.yaml"), "kalla: bekraftad-2026}", "kalla: finns-inte}");

        assertThat(reader.las(normer).fel()).singleElement().satisfies(fel -> assertThat(fel.problem())
                .containsExactly("personliga_kostnader.ar_7_10: källan 'finns-inte' finns inte i kallor.yaml"));
    }

    @Test
    void filnamnetMasteVaraAret() throws IOException {
        Path normer = ProjektetsNormer.kopia(temp);
        Files.move(normer.resolve("riksnorm/2019.yaml"), normer.resolve("riksnorm/2018.yaml"));

        assertThat(reader.las(normer).fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/riksnorm/2018.yaml");
            assertThat(fel.problem()).containsExactly("filen gäller år 2019 och ska heta 2019.yaml");
        });
    }

    @Test
    void enDubbelNyckelArEttFelInteEnTystOverskrivning() {
        Path normer = ProjektetsNormer.kopia(temp);
        ProjektetsNormer.andra(normer.resolve("riksnorm/2020.yaml"), "  ar_0: 2170", "  ar_0: 2170\n  ar_0: 2180");

        assertThat(reader.las(normer).fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/riksnorm/2020.yaml");
            assertThat(fel.problem().get(0)).contains("inte läsbar YAML").contains("ar_0");
        });
    }

    @Test
    void enBeslutadFordelningUtanBeslutAvvisas() {
        Path normer = ProjektetsNormer.kopia(temp);
        Path fil = normer.resolve("kommuner/nykoping/2023.yaml");
        ProjektetsNormer.andra(fil, "beslut:\n", "gammalt_beslut:\n");

        assertThat(reader.las(normer).fel()).singleElement().satisfies(fel ->
                assertThat(String.join(" ", fel.problem())).contains("beslut"));
    }

    @Test
    void utanKatalogFinnsIngetAttLasa() {
        assertThatThrownBy(() -> reader.las(temp.resolve("saknas")))
                .isInstanceOf(NormFileException.class).hasMessageContaining("normkatalogen finns inte");
    }

    /**
     * A year with one cost post fewer is refused when read, naming the post: the set of posts is fixed by the code
     * (Behovspost) until a year that really changes it comes (docs/adr/0095), and never silently half-read.
     */
    @Test
    void ettArMedEnPostFarreVagrasOchNamnerPosten() throws IOException {
        Path normer = ProjektetsNormer.kopia(temp);
        Path fil = normer.resolve("kommuner/nykoping/2023.yaml");
        String text = Files.readString(fil);
        Files.writeString(fil, text.substring(0, text.indexOf("  telefon_och_dagstidning:")) + text.substring(text.indexOf("matnorm:")));

        NormFiles filer = reader.las(normer);

        assertThat(filer.fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/kommuner/nykoping/2023.yaml");
            assertThat(String.join(" ", fel.problem())).contains("telefon_och_dagstidning");
        });
        assertThat(filer.fordelningar()).extracting(f -> f.innehall().ar()).containsExactly(2022);
    }

    @Test
    void enOkandRegelILagrumsfilenNamns() {
        Path normer = ProjektetsNormer.kopia(temp);
        ProjektetsNormer.andra(normer.resolve("regler/lagrum.yaml"), "  hushallsgemenskap:", "  husfrid:");

        NormFiles filer = reader.las(normer);

        assertThat(filer.fel()).singleElement().satisfies(fel -> {
            assertThat(fel.fil()).isEqualTo("norms/regler/lagrum.yaml");
            assertThat(String.join(" ", fel.problem())).contains("lagrum.husfrid: okänd regel");
        });
        assertThat(filer.regler().lagrum()).as("no half law: the rules are left out whole").isEmpty();
    }

    @Test
    void tvaLydelserSammaManadVagras() {
        Path normer = ProjektetsNormer.kopia(temp);
        ProjektetsNormer.andra(normer.resolve("regler/lagrum.yaml"), "    - fran: \"2025-07\"\n      forfattning: Socialtjänstlagen (2025:400)\n      paragraf: 12 kap. 8 §",
                "    - fran: \"2019-01\"\n      forfattning: Socialtjänstlagen (2025:400)\n      paragraf: 12 kap. 8 §");

        assertThat(reader.las(normer).fel()).singleElement().satisfies(fel ->
                assertThat(String.join(" ", fel.problem())).contains("lagrum.jobbstimulans: två värden börjar 2019-01"));
    }
}
