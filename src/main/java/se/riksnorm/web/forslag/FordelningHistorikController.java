package se.riksnorm.web.forslag;

import io.micronaut.security.annotation.Secured;
import se.riksnorm.web.sakerhet.Roller;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningKontroll;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.upprakning.Fordelningsversion;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.web.historik.HandelseResponse;
import se.riksnorm.web.kommun.BeslutResponse;
import se.riksnorm.web.kommun.FordelningResponses;
import se.riksnorm.web.kommun.Kommunuppslag;
import se.riksnorm.web.problem.Problems;

/** The history of a kommun's table for a year: every version (replaced ones stay readable) and every step. */
@Secured({Roller.HANDLAGGARE, Roller.SAKKUNNIG, Roller.BESLUTSFATTARE, Roller.ADMINISTRATOR})
@Controller(value = FordelningResponses.BAS + "/{kommun}/fordelningar/{ar}", produces = MediaType.APPLICATION_JSON)
@Tag(name = "Kommun")
class FordelningHistorikController {

    private final ForslagService tjanst;
    private final Normregister register;

    FordelningHistorikController(ForslagService tjanst, Normregister register) {
        this.tjanst = tjanst;
        this.register = register;
    }

    /**
     * Tabellens historik.
     * Alla versioner (en ersatt version finns kvar), och varje steg: förslag, ändringar, bekräftelse, beslut,
     * ersättning, med vem, när, varför och varje ändrad cell.
     */
    @Get("/historik")
    @Operation(operationId = "fordelningensHistorik")
    @ApiResponse(responseCode = "404", description = "Kommunen eller fördelningen finns inte")
    HistorikResponse historik(@PathVariable @Parameter(example = "nykoping") String kommun,
                              @PathVariable @Parameter(example = "2023") int ar) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        List<Fordelningsversion> versioner = versioner(hittad, ar);
        return new HistorikResponse(versioner.stream().map(v -> version(hittad, ar, v, false)).toList(),
                tjanst.historik(hittad, ar).stream().map(HandelseResponse::av).toList());
    }

    /**
     * En version av tabellen.
     * Också en ersatt version: hela tabellen, dess beslut och avvikelser.
     */
    @Get("/versioner/{version}")
    @Operation(operationId = "hamtaFordelningsversion")
    @ApiResponse(responseCode = "404", description = "Versionen finns inte")
    VersionResponse version(@PathVariable @Parameter(example = "nykoping") String kommun,
                            @PathVariable @Parameter(example = "2023") int ar,
                            @PathVariable @Parameter(example = "1") int version) {
        Kommun hittad = Kommunuppslag.hitta(kommun, register.aktuell());
        List<Fordelningsversion> versioner = versioner(hittad, ar);
        Fordelningsversion vald = versioner.stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> Problems.okandVersion(hittad, ar, versioner.stream().map(Fordelningsversion::version).toList(), version));
        return version(hittad, ar, vald, true);
    }

    /**
     * Tabellen jämförd med föregående år.
     * Riksnormens kolumner och varje cell, före → efter i kronor och procent, och båda årens avvikelser.
     */
    @Get("/jamforelse")
    @Operation(operationId = "fordelningensJamforelse")
    @ApiResponse(responseCode = "404", description = "Kommunen eller fördelningen finns inte")
    @ApiResponse(responseCode = "409", description = "Kommunen har ingen fördelning för föregående år")
    JamforelseResponse jamforelse(@PathVariable @Parameter(example = "nykoping") String kommun,
                                  @PathVariable @Parameter(example = "2023") int ar) {
        Normbok normbok = register.aktuell();
        Kommun hittad = Kommunuppslag.hitta(kommun, normbok);
        Fordelning fordelning = normbok.fordelning(hittad, ar).orElseThrow(() -> Problems.okandFordelning(hittad, ar, normbok));
        return JamforelseResponse.av(tjanst.jamforelse(fordelning, normbok.avvikelser(fordelning)));
    }

    private List<Fordelningsversion> versioner(Kommun kommun, int ar) {
        List<Fordelningsversion> versioner = tjanst.versioner(kommun, ar);
        if (versioner.isEmpty()) {
            throw Problems.okandFordelning(kommun, ar, register.aktuell());
        }
        return versioner;
    }

    private VersionResponse version(Kommun kommun, int ar, Fordelningsversion version, boolean medTabell) {
        String bas = FordelningResponses.BAS + "/" + kommun.id() + "/fordelningar/" + ar;
        Fordelning tabell = version.fordelning();
        var riksnorm = register.aktuell().riksnorm(ar).orElseThrow();
        return new VersionResponse(version.version(), tabell.status().name(), version.iKraft(),
                tabell.beslutet().map(BeslutResponse::av).orElse(null), version.ersatter(), version.ersattAv(),
                version.forslagId() == null ? null : ForslagResponses.BAS + "/" + version.forslagId(), version.kallfil(),
                version.lagrad().toString(), bas + "/versioner/" + version.version(),
                medTabell ? FordelningResponses.hel(tabell, riksnorm, FordelningKontroll.kontrollera(tabell, riksnorm)) : null);
    }
}
