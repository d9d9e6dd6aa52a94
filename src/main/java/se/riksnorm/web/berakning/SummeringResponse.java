package se.riksnorm.web.berakning;

import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

@Serdeable
@Schema(name = "Summering", description = "Beräkningens summor; aldrig negativa: ett inkomstöverskott redovisas som overskott. "
        + "För en period över flera månader: varje månads summor adderade.")
public record SummeringResponse(
        @Schema(description = "personliga kostnader − begränsning + gemensamma kostnader") long riksnorm,
        long umgangesnorm,
        long skaligaKostnader,
        @Schema(description = "inkomster som räknas: alla inkomster minus jobbstimulans och den del av hemmavarande barns "
                + "arbetsinkomst som inte räknas") long inkomster,
        @Schema(description = "max(0, riksnorm + umgängesnorm + skäliga kostnader − inkomster) − nedsättning, aldrig under 0")
        long forsorjningsstod,
        @Schema(description = "livsföring (från 2025-07 levnadskostnader) i övrigt som återstår efter ett eventuellt överskott")
        long livsforingIOvrigt,
        @Schema(description = "försörjningsstöd + livsföring i övrigt") long bistand,
        @Schema(description = "inkomster utöver alla behov; 0 när det inte finns något") long overskott,
        @Schema(description = "begränsningsregelns nedsättning av riksnormen (från 2027); annars 0") long begransning,
        @Schema(description = "handläggarens nedsättningar så som de dragits av: högst försörjningsstödet före dem") long nedsattning) {
}
