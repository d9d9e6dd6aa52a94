package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Summering", description = "Beräkningens summor; aldrig negativa: ett inkomstöverskott redovisas som overskott")
public record SummeringResponse(
        @Schema(description = "personliga + gemensamma kostnader") long riksnorm,
        long umgangesnorm,
        long skaligaKostnader,
        @Schema(description = "inkomster som räknas: alla inkomster minus jobbstimulans") long inkomster,
        @Schema(description = "max(0, riksnorm + umgängesnorm + skäliga kostnader − inkomster)") long forsorjningsstod,
        @Schema(description = "livsföring i övrigt som återstår efter ett eventuellt överskott") long livsforingIOvrigt,
        @Schema(description = "försörjningsstöd + livsföring i övrigt") long bistand,
        @Schema(description = "inkomster utöver alla behov; 0 när det inte finns något") long overskott) {
}
