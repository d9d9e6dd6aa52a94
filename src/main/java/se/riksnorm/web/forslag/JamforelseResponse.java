package se.riksnorm.web.forslag;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.Cellbenamning;
import se.riksnorm.domain.upprakning.Jamforelserad;
import se.riksnorm.web.AvvikelseResponse;

@Serdeable
@Schema(name = "Jamforelse", description = "Tabellen jämförd med föregående år: riksnormens kolumner och varje cell, före → efter i "
        + "kronor och procent, och båda årens avvikelser; underlag till tjänsteskrivelsen")
public record JamforelseResponse(
        @Schema(example = "2023") int franAr,
        @Schema(example = "2024") int tillAr,
        List<Rad> rader,
        @Schema(description = "föregående års avvikelser, t.ex. 2023: 5 personer 2 026 kr mot 2 060 kr") List<AvvikelseResponse> foreAvvikelser,
        @Schema(description = "tabellens egna avvikelser") List<AvvikelseResponse> efterAvvikelser) {

    @Serdeable
    @Schema(name = "JamforelseRad")
    public record Rad(
            @Schema(example = "gemensamma_kostnader.forbrukningsvaror.5") String cell,
            @Schema(example = "Gemensamma hushållskostnader") String tabell,
            @Schema(example = "Förbrukningsvaror i hemmet") String rad,
            @Schema(example = "5 personer") String kolumn,
            @Nullable Long fore,
            @Nullable Long efter,
            @Nullable @Schema(description = "efter − före") Long kronor,
            @Nullable @Schema(description = "förändring i procent, en decimal") BigDecimal procent) {
    }

    public static JamforelseResponse av(Arsjamforelse jamforelse) {
        return new JamforelseResponse(jamforelse.fore().ar(), jamforelse.efter().ar(),
                jamforelse.rader().stream().map(JamforelseResponse::rad).toList(),
                jamforelse.foreAvvikelser().stream().map(AvvikelseResponse::av).toList(),
                jamforelse.efterAvvikelser().stream().map(AvvikelseResponse::av).toList());
    }

    private static Rad rad(Jamforelserad rad) {
        Cellbenamning namn = Cellbenamning.av(rad.cell());
        return new Rad(rad.cell().sokvag(), namn.tabell(), namn.rad(), namn.kolumn(),
                rad.fore() == null ? null : rad.fore().belopp(), rad.efter() == null ? null : rad.efter().belopp(),
                rad.forandring().map(k -> k.belopp()).orElse(null), rad.procent().orElse(null));
    }
}
