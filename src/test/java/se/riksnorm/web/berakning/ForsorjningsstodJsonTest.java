package se.riksnorm.web.berakning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.bench.HushallsGenerator;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Nedsattningsgrund;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.web.http.StriktJson;
import se.riksnorm.web.problem.ProblemException;

/**
 * The batch's fast reader (docs/adr/0125) reads a plain line into the very request the strict reader reads, and leaves
 * every other line to the strict reader: whatever a line is, its meaning and its refusal are the strict reader's.
 */
@MicronautTest(startApplication = false, transactional = false)
class ForsorjningsstodJsonTest {

    private static final Argument<ForsorjningsstodRequest> TYP = Argument.of(ForsorjningsstodRequest.class);
    private static final String SOKANDE = "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"fodelsedatum\":\"1985-04-02\"}]";
    private static final String HUVUD = "{\"kommun\":\"nykoping\",\"manad\":\"2023-03\",";

    @Inject
    StriktJson strikt;

    private ForsorjningsstodRequest snabbt(String rad) {
        return ForsorjningsstodJson.las(rad.getBytes(StandardCharsets.UTF_8));
    }

    private ForsorjningsstodRequest strikt(String rad) {
        return strikt.las(rad.getBytes(StandardCharsets.UTF_8), TYP);
    }

    @Test
    void genereradeHushallLasesTillSammaBegaranSomDenStriktaLasarens() {
        HushallsGenerator generator = new HushallsGenerator(20261207L);
        for (int i = 0; i < 20_000; i++) {
            String rad = generator.hushall().toString();
            ForsorjningsstodRequest snabb = snabbt(rad);
            assertThat(snabb).as(rad).isNotNull().isEqualTo(strikt(rad));
        }
    }

    @Test
    void ovanligaMenGiltigaRaderLasesLika() {
        List<String> rader = List.of(
                HUVUD + SOKANDE + "}",
                " { \"kommun\" : \"Nyk\\u00f6ping\" , \"manad\":\"2023-03\"," + SOKANDE + " } ",
                "{\"kommun\":\"nykoping\",\"fran\":\"2026-03-10\",\"till\":\"2026-04-20\",\"medlemmar\":[{\"roll\":\"SOKANDE\",\"alder\":40},"
                        + "{\"roll\":\"BARN\",\"alder\":8,\"dagarPerManad\":{\"2026-03\":10,\"2026-04\":14},\"lunchIForskolan\":false,"
                        + "\"skolgang\":true,\"arbetsinkomstTidigareIAr\":12000,\"id\":\"barn 1\"}],\"ovrigaIHushallet\":0,"
                        + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":-5,\"manad\":\"2026-03\",\"beskrivning\":\"hyra\"}],"
                        + "\"inkomster\":[{\"typ\":\"LON\",\"belopp\":9000,\"jobbstimulans\":true,\"medlem\":\"person 1\","
                        + "\"beskrivning\":\"lön\",\"manad\":\"2026-04\"}],"
                        + "\"nedsattningar\":[{\"belopp\":500,\"grund\":\"PRAKTIK\",\"motivering\":\"uteblev\",\"manad\":\"2026-04\"}]}",
                HUVUD + "\"medlemmar\":[],\"kostnader\":[],\"inkomster\":[],\"nedsattningar\":[]}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":9223372036854775807}]}",
                HUVUD + "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"alder\":2147483647}]}");
        for (String rad : rader) {
            assertThat(snabbt(rad)).as(rad).isNotNull().isEqualTo(strikt(rad));
        }
    }

    @Test
    void enRadSomDenStriktaVagrarLamnasTillDen() {
        // the reliability review's loosely written bodies (StriktJsonTest): each refused by the strict reader, naming the field
        List<String> rader = List.of(
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":99999,\"belopp\":7200}]}",
                "{\"kommun\":\"nykoping\",\"manad\":\"2019-03\",\"manad\":\"2023-03\"," + SOKANDE + "}",
                HUVUD + SOKANDE + "}xyz",
                HUVUD + SOKANDE + "}{\"kommun\":\"nykoping\"}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":true}]}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":1.5}]}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":\"7200\"}]}",
                HUVUD + "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"alder\":40},{\"roll\":\"BARN\",\"alder\":8,\"dagar\":1.5}]}",
                "{\"kommun\":[\"nykoping\"],\"manad\":\"2023-03\"," + SOKANDE + "}",
                "{\"kommun\":480,\"manad\":\"2023-03\"," + SOKANDE + "}",
                HUVUD + SOKANDE + ",\"ovrigaIHushallet\":2147483648}",
                HUVUD + SOKANDE + ",\"inkomster\":[{\"typ\":\"LON\",\"belopp\":9000,\"jobbstimulans\":\"ja\"}]}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":9223372036854775808}]}",
                HUVUD + "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"dagarPerManad\":{\"2026-03\":1,\"2026-03\":2}}]}",
                "{\"kommun\":\"nykoping\"");
        for (String rad : rader) {
            assertThat(snabbt(rad)).as(rad).isNull();
            assertThat(catchThrowable(() -> strikt(rad))).as(rad).isInstanceOf(ProblemException.class);
        }
    }

    @Test
    void nullOkandaFaltOchSaknadeFaltLamnasTillDenStrikta() {
        List<String> rader = List.of(
                "null",
                "[]",
                HUVUD + SOKANDE + ",\"kostnader\":null}",
                HUVUD + "\"medlemmar\":[null]}",
                HUVUD + "\"medlemmar\":[{\"roll\":\"SOKANDE\",\"id\":null}]}",
                HUVUD + SOKANDE + ",\"okant\":1}",
                HUVUD + "\"medlemmar\":[{\"alder\":40}]}",
                "{\"manad\":\"2023-03\"," + SOKANDE + "}",
                HUVUD + SOKANDE + ",\"kostnader\":[{\"typ\":\"BOENDE\"}]}",
                HUVUD + SOKANDE + ",\"kostnader\":{\"typ\":\"BOENDE\",\"belopp\":1}}",
                HUVUD + SOKANDE + ",\"kostnader\":[[{\"typ\":\"BOENDE\",\"belopp\":1}]]}");
        for (String rad : rader) {
            assertThat(snabbt(rad)).as(rad).isNull();
        }
    }

    @Test
    void radernaIEttSkickLasesSomVarOchEnForSig() {
        // one parser reads a chunk's lines one after the other (docs/adr/0129): every line must read as it would alone,
        // whatever the line before it was
        HushallsGenerator generator = new HushallsGenerator(7L);
        String hel = HUVUD + SOKANDE + "}";
        List<String> rader = List.of(
                generator.hushall().toString(),
                hel,
                HUVUD, // an object that goes on on the next line: not read across the line end
                SOKANDE + "}",
                hel + hel, // two objects on one line
                hel + " " + hel,
                hel + " x",
                "   " + hel + " \t ",
                "\uFEFF" + hel, // a byte-order mark in the middle of the chunk
                "{\"kommun\":",
                hel,
                "}",
                "[]",
                "null",
                "123",
                "\"text\"",
                hel + "\r",
                generator.hushall().toString(),
                "{\"kommun\":\"nykoping\"",
                "}" + hel,
                generator.hushall().toString());
        StringBuilder skick = new StringBuilder();
        for (String rad : rader) {
            skick.append(rad).append('\n');
        }
        byte[] bytes = skick.toString().getBytes(StandardCharsets.UTF_8);
        try (ForsorjningsstodJson.Skickparser tolk = new ForsorjningsstodJson.Skickparser(bytes, bytes.length)) {
            int fran = 0;
            for (int i = 0; i < rader.size(); i++) {
                int langd = rader.get(i).getBytes(StandardCharsets.UTF_8).length;
                assertThat(tolk.las(fran, langd, i > 0)).as(rader.get(i)).isEqualTo(snabbt(rader.get(i)));
                fran += langd + 1;
            }
        }
        assertThat(snabbt(hel)).isNotNull();
        assertThat(snabbt("\uFEFF" + hel)).isNotNull();
    }

    @Test
    void enRollEllerTypLasesSomKonstantensEgetNamn() {
        // no string of its own for a value that names a constant (docs/adr/0129); any other text read as it is
        ForsorjningsstodRequest request = snabbt(HUVUD + "\"medlemmar\":[{\"roll\":\"SOKANDE\"},{\"roll\":\"barn\"}],"
                + "\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":1}],\"inkomster\":[{\"typ\":\"L\\u00d6N\",\"belopp\":1},"
                + "{\"typ\":\"LON\",\"belopp\":1}],\"nedsattningar\":[{\"belopp\":1,\"grund\":\"PRAKTIK\",\"motivering\":\"m\"}]}");
        assertThat(request.medlemmar().get(0).roll()).isSameAs(Roll.SOKANDE.name());
        assertThat(request.medlemmar().get(1).roll()).isEqualTo("barn");
        assertThat(request.kostnader().get(0).typ()).isSameAs(Kostnadstyp.BOENDE.name());
        assertThat(request.inkomster().get(0).typ()).isEqualTo("LÖN");
        assertThat(request.inkomster().get(1).typ()).isSameAs(Inkomsttyp.LON.name());
        assertThat(request.nedsattningar().get(0).grund()).isSameAs(Nedsattningsgrund.PRAKTIK.name());
    }
}
