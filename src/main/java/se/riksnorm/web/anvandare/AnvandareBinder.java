package se.riksnorm.web.anvandare;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import se.riksnorm.domain.historik.Anvandare;
import se.riksnorm.web.problem.Problems;

/**
 * Who makes a change: the one seam between a request and the {@link Anvandare} a table's history records.
 * Until authentication arrives (issue 4) it is the name in the {@value #HEADER} header, required on every
 * write; then this binder returns the authenticated principal instead and no controller changes.
 */
@Singleton
public class AnvandareBinder implements TypedRequestArgumentBinder<Anvandare> {

    public static final String HEADER = "X-Anvandare";
    public static final String BESKRIVNING = "Vem som gör ändringen (namn eller id, högst 100 tecken); sparas i tabellens "
            + "historik. Ersätts av den inloggade användaren när behörighet införs.";

    @Override
    public Argument<Anvandare> argumentType() {
        return Argument.of(Anvandare.class);
    }

    @Override
    public BindingResult<Anvandare> bind(ArgumentConversionContext<Anvandare> context, HttpRequest<?> request) {
        String varde = request.getHeaders().get(HEADER);
        if (varde == null || varde.isBlank()) {
            throw Problems.anvandareSaknas(HEADER, varde, "Ange vem som gör ändringen i huvudet " + HEADER
                    + ", t.ex. \"" + HEADER + ": anna.ulf\". Varje ändring sparas med vem, när och varför.");
        }
        try {
            Anvandare anvandare = new Anvandare(utf8(varde));
            return () -> Optional.of(anvandare);
        } catch (IllegalArgumentException e) {
            throw Problems.anvandareSaknas(HEADER, varde, "Huvudet " + HEADER + " ska vara ett namn eller id med 1–"
                    + Anvandare.STORSTA_LANGD + " tecken utan styrtecken.");
        }
    }

    /**
     * Header bytes arrive as ISO-8859-1 characters; a client that sends "Åsa" in UTF-8 (curl in a UTF-8
     * terminal does) is read as the UTF-8 it is, and anything that is not valid UTF-8 is kept as sent.
     */
    private static String utf8(String varde) {
        if (varde.chars().anyMatch(c -> c > 0xFF)) {
            return varde;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(varde.getBytes(StandardCharsets.ISO_8859_1))).toString();
        } catch (CharacterCodingException e) {
            return varde;
        }
    }
}
