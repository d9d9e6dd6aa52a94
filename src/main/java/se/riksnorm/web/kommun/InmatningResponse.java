package se.riksnorm.web.kommun;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import se.riksnorm.app.upprakning.Inmatning;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.riksnorm.Riksnorm;

/**
 * A kommun's table entered through the API: stored, or (provning) as it would be stored, with its findings.
 *
 * @param anmarkningar what the reading of the file noticed besides the findings: a heading naming another kommun, a
 *                     sum row that does not sum, the encoding it assumed
 */
@Serdeable
@Schema(name = "Inmatning", description = "En tabell som kommunen matat in: lagrad, eller med provning=true som den skulle lagras")
public record InmatningResponse(
        @Schema(description = "om tabellen lagrades (false: provning, inget sparades)") boolean lagrad,
        @Schema(example = "Tranås 2022 lagrad som utkast, version 1; 1 avvikelse mot riksnormen.") String meddelande,
        @Nullable @Schema(description = "den lagrade versionen; null vid provning", example = "1") Integer version,
        @Nullable @Schema(description = "den beslutade version som tabellen ersätter") Integer ersatter,
        List<String> anmarkningar,
        @Schema(description = "tabellen med summor mot riksnormen och varje avvikelse") FordelningResponse tabell,
        @Nullable @Schema(example = "/api/v1/kommuner/tranas/fordelningar/2022/versioner/1") String href) {

    /** The answer to an upload, with its one-line message: what was (or would be) stored, and the findings. */
    static InmatningResponse av(Inmatning inmatning, Riksnorm riksnorm) {
        Fordelning tabell = inmatning.tabell();
        String namn = tabell.kommun().namn() + " " + tabell.ar();
        String lage = tabell.status().arLast() ? "beslutad tabell" : "utkast";
        String fynd = inmatning.avvikelser().isEmpty() ? "inga avvikelser mot riksnormen"
                : inmatning.avvikelser().size() + (inmatning.avvikelser().size() == 1 ? " avvikelse" : " avvikelser") + " mot riksnormen";
        String meddelande = inmatning.lagrad()
                ? namn + " lagrad som " + lage + ", version " + inmatning.version() + "; " + fynd + "."
                : "Provning: " + namn + " skulle lagras som " + lage + "; " + fynd + ". Inget sparades.";
        String href = inmatning.lagrad() ? FordelningResponses.BAS + "/" + tabell.kommun().id() + "/fordelningar/" + tabell.ar()
                + "/versioner/" + inmatning.version() : null;
        return new InmatningResponse(inmatning.lagrad(), meddelande, inmatning.version(), inmatning.ersatter(), inmatning.anmarkningar(),
                FordelningResponses.hel(tabell, riksnorm, inmatning.avvikelser()), href);
    }
}
