package se.riksnorm.export;

/**
 * A {@link Dokument} as HTML, by the Thymeleaf template {@code export/dokument.html}: every text escaped by
 * the engine, the layout in one template a reviewer can read (docs/adr/0013).
 */
public final class HtmlDokument {

    private HtmlDokument() {
    }

    public static String skriv(Dokument dokument) {
        return Mallar.skriv("dokument", "d", dokument);
    }
}
