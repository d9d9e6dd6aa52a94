package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

@Serdeable
@Schema(name = "MatnormBerakning", description = "Matnorm per person och för hushållet")
public record MatnormResponse(
        @Schema(example = "2023-03") String manad,
        @Schema(example = "7") int dagar,
        List<Rad> rader,
        long perManad,
        long perVecka,
        long perDag,
        @Schema(description = "per dag × dagar") long forDagarna,
        List<GrundResponse> grunder,
        NormunderlagResponse normer) {

    @Serdeable
    @Schema(name = "MatnormRad")
    public record Rad(String medlem, String kolumn, String benamning, long perManad, long perVecka, long perDag,
                      long forDagarna, String regel) {
    }
}
