package se.riksnorm.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import se.riksnorm.domain.kalla.Kalla;

@Serdeable
@Schema(name = "Kalla", description = "Källan till ett belopp och hur säker den är")
public record KallaResponse(
        @Schema(example = "sfs-2020-1013") String id,
        String titel,
        @Schema(description = "OFFICIELL, KOMMUNSIDA eller HARLEDD", example = "OFFICIELL") String tillforlitlighet,
        @Nullable @Schema(example = "SFS 2020:1013") String referens) {

    public static KallaResponse av(Kalla kalla) {
        return new KallaResponse(kalla.id(), kalla.titel(), kalla.tillforlitlighet().name(), kalla.referens());
    }
}
