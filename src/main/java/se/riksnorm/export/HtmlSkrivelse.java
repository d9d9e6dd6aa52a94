package se.riksnorm.export;

/** A {@link Skrivelse} as HTML by the template {@code export/skrivelse.html}; the PDF is this page printed (docs/adr/0123). */
public final class HtmlSkrivelse {

    private HtmlSkrivelse() {
    }

    public static String skriv(Skrivelse skrivelse) {
        return Mallar.skriv("skrivelse", "s", skrivelse);
    }

    public static byte[] pdf(Skrivelse skrivelse) {
        return PdfFranHtml.skriv(skriv(skrivelse));
    }
}
