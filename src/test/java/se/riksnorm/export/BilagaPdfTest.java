package se.riksnorm.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.riksnorm.support.Pdf;
import se.riksnorm.support.Verapdf;

/**
 * The bilaga as the nämnd gets it: the HTML template printed to PDF (docs/adr/0016), read back with PDFBox and
 * checked by veraPDF: the seed's heading and group headers, Nyköping's 2023 figures, a real minus sign, one A4
 * landscape page, every font embedded, PDF/A-2a and PDF/UA-1.
 */
class BilagaPdfTest {

    private static final byte[] BESLUTAD_2023 = Format.PDF.skriv(Bilagor.beslutad2023(), "Underlag 2023");

    @Test
    void harSeedensRubrikerOchNykopingsTabell2023() throws IOException {
        String text = Pdf.text(BESLUTAD_2023);

        // SN22/37's bilaga: "NYKÖPINGS KOMMUN / UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2023 /
        // Budgetposternas storlek i kronor för uppehälle", "Personliga kostnader Barn och ungdomar … Vuxna"
        assertThat(text).startsWith("NYKÖPINGS KOMMUN UNDERLAG FÖR BERÄKNING AV NORMEN FÖR EKONOMISKT BISTÅND 2023 "
                + "Budgetposternas storlek i kronor för uppehälle")
                .contains("Beslutad: Socialnämnden 2022-12-08, Dnr SN22/37 (version 1).")
                .contains("Personliga kostnader Barn och ungdomar Vuxna")
                .contains("Gemensamma hushållskostnader Antal personer i hushållet")
                .contains("Matnorm / umgängesnorm 2023 Barn och ungdomar Vuxna");
        assertThat(Pdf.utanMellanrum(text))
                .contains(Pdf.utanMellanrum("0 år 1–2 år 3 år 4–6 år 7–10 år 11–14 år 15–18 år 19–20 år Ensamstående Sammanboende"))
                .contains(Pdf.utanMellanrum("Livsmedel 823 1 134 1 181 1 485 1 622 1 945 2 063 2 082 2 129 3 591"))
                .contains(Pdf.utanMellanrum("Barn- och ungdomsförsäkring 97 81 96 81 102 78 88 89 – –"))
                .contains(Pdf.utanMellanrum("Summa personliga kostnader 2 420 2 700 2 410 2 700 3 380 3 890 4 390 4 430 3 490 6 300"))
                // 5 personer: 385 + 1 641 = 2 026, where the riksnorm is 2 060
                .contains(Pdf.utanMellanrum("Förbrukningsvaror i hemmet 124 150 269 304 385 443"))
                .contains(Pdf.utanMellanrum("Telefon, dagstidning m.m. 1 006 1 100 1 311 1 486 1 641 1 887"))
                .contains(Pdf.utanMellanrum("Summa gemensamma kostnader 1 130 1 250 1 580 1 790 2 026 2 330 2 510 2 690 2 870 3 050"))
                .contains(Pdf.utanMellanrum("Umgängesnorm per dag (inkl. matnorm) 58 68 57 68 86 104 116 117 – –"));
        // 2 026 − 2 060 = −34, with the minus sign U+2212, not a hyphen or an en dash
        assertThat(text).contains("Gemensamma hushållskostnader, 5 personer: 2 026 kr men förväntat 2 060 kr (\u221234 kr)");
    }

    @Test
    void ettLiggandeA4() throws IOException {
        for (byte[] pdf : new byte[][] {BESLUTAD_2023, Format.PDF.skriv(Bilagor.forslag2023(), "x")}) {
            try (PDDocument dokument = Loader.loadPDF(pdf)) {
                assertThat(dokument.getNumberOfPages()).isEqualTo(1);
                PDPage sida = dokument.getPage(0);
                // A4 is 210 × 297 mm = 595 × 842 pt; landscape: the long side across, not by rotation
                assertThat(sida.getMediaBox().getWidth()).isCloseTo(842, org.assertj.core.data.Offset.offset(1f));
                assertThat(sida.getMediaBox().getHeight()).isCloseTo(595, org.assertj.core.data.Offset.offset(1f));
                assertThat(sida.getRotation()).isZero();
            }
        }
    }

    @Test
    void varjeTypsnittArInbaddat() throws IOException {
        assertThat(Pdf.typsnitt(BESLUTAD_2023)).isNotEmpty()
                .allSatisfy(typsnitt -> assertThat(typsnitt).contains("LiberationSans").endsWith(" embedded"));
    }

    @Test
    void arPdfA2aOchPdfUaMedSrgbOchMetadata() throws Exception {
        assertThat(Verapdf.fel(BESLUTAD_2023, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(Verapdf.fel(Format.PDF.skriv(Bilagor.jamforelse(), "x"), PDFAFlavour.PDFA_2_A)).isEmpty();
        // tagged for screen readers too: the machine-checkable rules of PDF/UA-1
        assertThat(Verapdf.fel(BESLUTAD_2023, PDFAFlavour.PDFUA_1)).isEmpty();
        try (PDDocument dokument = Loader.loadPDF(BESLUTAD_2023)) {
            XMPMetadata xmp = new DomXmpParser().parse(dokument.getDocumentCatalog().getMetadata().toByteArray());
            assertThat(xmp.getPDFAIdentificationSchema().getPart()).isEqualTo(2);
            assertThat(xmp.getPDFAIdentificationSchema().getConformance()).isEqualTo("A");
            assertThat(xmp.getDublinCoreSchema().getTitle()).isEqualTo("Nyköpings kommun – Underlag för beräkning av normen för ekonomiskt bistånd 2023");
            PDOutputIntent intent = dokument.getDocumentCatalog().getOutputIntents().get(0);
            assertThat(intent.getCOSObject().getNameAsString("S")).isEqualTo("GTS_PDFA1");
            assertThat(intent.getDestOutputIntent()).isNotNull();
            assertThat(dokument.getDocumentInformation().getAuthor()).isEqualTo("Nyköpings kommun");
        }
    }

    @Test
    void jamforelsenHarPilOchProcentMedKomma() throws IOException {
        String text = Pdf.text(Format.PDF.skriv(Bilagor.jamforelse(), "Jämförelse"));

        assertThat(text).startsWith("NYKÖPINGS KOMMUN JÄMFÖRELSE MED 2022: FÖRDELNINGEN AV RIKSNORMEN 2023 "
                + "Varje belopp 2022 → 2023, i kronor och procent");
        assertThat(Pdf.utanMellanrum(text))
                // 1 890 → 2 060: +170 kr, 170 / 1 890 = 8,99… % → +9,0 %
                .contains(Pdf.utanMellanrum("5 personer 1 890 2 060 +170 +9,0 %"))
                // 1 531 → 1 669: +138 kr, 138 / 1 531 = 9,01… % → +9,0 %
                .contains(Pdf.utanMellanrum("Telefon, dagstidning m.m., 5 personer 1 531 1 669 +138 +9,0 %"));
        assertThat(text).contains("Avvikelser 2022");
    }
}
