package se.riksnorm;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Controllers write no sentences of their own (issue 13.2): a refusal's words belong to the parser or enum that owns
 * the parameter, an action in a permission refusal is an {@code Atgard}, a message to the model or response that owns
 * it. The rule reads the sources of every class named {@code …Controller} under se.riksnorm.web and se.riksnorm.sidor
 * and fails on a string literal in code that reads as words: two words of letters with a space between ("läsa
 * förslag "), or a capitalised word followed by a space ("Underlag "). Javadoc, comments, annotations' arguments and
 * constants that only annotations use are the API's documentation and are not read (see {@link Strangliteraler}).
 */
class TunnaControllrarTest {

    private static final List<Path> ADAPTRAR = List.of(Path.of("src/main/java/se/riksnorm/web"), Path.of("src/main/java/se/riksnorm/sidor"));
    private static final Pattern ORD = Pattern.compile("\\p{L}{2,} \\p{L}{2,}|\\p{Lu}\\p{Ll}+ ");

    @Test
    void ingenControllerFormulerarMeningar() throws IOException {
        List<Path> controllrar = controllrar();
        assertThat(controllrar).as("the controllers were found").hasSizeGreaterThan(20);

        assertThat(controllrar.stream().flatMap(TunnaControllrarTest::meningar).toList()).isEmpty();
    }

    @Test
    void regelnSerEnMeningIKodenMenInteDokumentationen() {
        String kalla = """
                /** Hämta en sparad beräkning. */
                class ProvController {
                    private static final String IF_MATCH = "förslagets ETag från GET";
                    private static final String FEL = "Det finns ingen sparad beräkning";
                    @ApiResponse(responseCode = "404", description = "Ingen sparad beräkning med id",
                            content = @Content(schema = @Schema(example = "Ett exempel")))
                    // Kommentaren är ingen mening i koden.
                    HttpResponse<String> hamta(@Parameter(description = IF_MATCH) String id, @Nullable String sida) {
                        behorighet.kravFor(kommun, "läsa förslag " + id);
                        throw Problems.ogiltigtVarde("id", id, FEL);
                        return fil(dokument, "Underlag " + ar, "application/pdf", "attachment; filename=\\"" + id + "\\"", 'x');
                    }
                }
                """;

        assertThat(Strangliteraler.i(kalla).stream().map(Strangliteraler.Literal::text).filter(t -> ORD.matcher(t).find()))
                .containsExactly("Det finns ingen sparad beräkning", "läsa förslag ", "Underlag ");
    }

    private static List<Path> controllrar() throws IOException {
        List<Path> filer = new ArrayList<>();
        for (Path adapter : ADAPTRAR) {
            try (Stream<Path> alla = Files.walk(adapter)) {
                alla.filter(p -> p.getFileName().toString().endsWith("Controller.java")).sorted().forEach(filer::add);
            }
        }
        return filer;
    }

    private static Stream<String> meningar(Path fil) {
        try {
            return Strangliteraler.i(Files.readString(fil, StandardCharsets.UTF_8)).stream()
                    .filter(literal -> ORD.matcher(literal.text()).find())
                    .map(literal -> fil.getFileName() + ":" + literal.rad() + " \"" + literal.text() + "\"");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
