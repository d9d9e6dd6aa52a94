package se.riksnorm.support;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * A PDF checked by veraPDF, the validator the PDF Association keeps for PDF/A and PDF/UA, against the rules of
 * one flavour: every rule that failed, with where, or an empty list.
 */
public final class Verapdf {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private Verapdf() {
    }

    public static List<String> fel(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult resultat = validator.validate(parser);
            return resultat.getTestAssertions().stream().filter(t -> t.getStatus() != TestAssertion.Status.PASSED)
                    .map(t -> t.getRuleId().getClause() + " " + t.getMessage() + " (" + t.getLocation().getContext() + ")")
                    .distinct().toList();
        }
    }
}
