package se.riksnorm.normfiles;

import java.time.Instant;
import java.util.List;

/** What the last loading of the norms directory did, file by file. */
public record Inlasningsrapport(Instant tidpunkt, String katalog, List<Filutfall> filer) {

    public Inlasningsrapport {
        filer = List.copyOf(filer);
    }

    public static Inlasningsrapport ingen() {
        return new Inlasningsrapport(Instant.EPOCH, "", List.of());
    }

    public long antal(Inlasningsutfall utfall) {
        return filer.stream().filter(f -> f.utfall() == utfall).count();
    }
}
