package se.riksnorm.export;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The formats a bilaga or comparison is written in, with their media types. */
public enum Format {
    HTML("text/html; charset=utf-8", false),
    PDF("application/pdf", true),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", true),
    CSV("text/csv; charset=utf-8", true);

    private final String mediatyp;
    private final boolean bilaga;

    Format(String mediatyp, boolean bilaga) {
        this.mediatyp = mediatyp;
        this.bilaga = bilaga;
    }

    public String mediatyp() {
        return mediatyp;
    }

    public String filandelse() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a browser should save it (an attachment) rather than show it. */
    public boolean sparas() {
        return bilaga;
    }

    public static Optional<Format> av(String namn) {
        return Arrays.stream(values()).filter(f -> f.filandelse().equals(namn)).findFirst();
    }

    /** The document in this format. */
    public byte[] skriv(Dokument dokument, String bladnamn) {
        return switch (this) {
            case HTML -> HtmlDokument.skriv(dokument).getBytes(StandardCharsets.UTF_8);
            case PDF -> PdfFranHtml.skriv(HtmlDokument.skriv(dokument));
            case XLSX -> XlsxDokument.skriv(dokument, bladnamn);
            case CSV -> CsvDokument.skriv(dokument).getBytes(StandardCharsets.UTF_8);
        };
    }
}
