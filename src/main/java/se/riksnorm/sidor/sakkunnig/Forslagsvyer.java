package se.riksnorm.sidor.sakkunnig;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Cellbenamning;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.sidor.Formularfel;
import se.riksnorm.sidor.Kommunatkomst;
import se.riksnorm.sidor.Sidfel;
import se.riksnorm.sidor.Sidformat;
import se.riksnorm.sidor.beslut.Overlamning;
import se.riksnorm.storage.LagratForslag;
import se.riksnorm.app.upprakning.ForslagService;
import se.riksnorm.web.historik.HandelseResponse;
import se.riksnorm.web.kommun.FordelningResponses;
import se.riksnorm.web.problem.Problems;

/** A proposal as the sakkunnig's and the beslutsfattare's pages show it, read through ForslagService. */
@Singleton
public class Forslagsvyer {

    private final Kommunatkomst atkomst;
    private final ForslagService tjanst;

    Forslagsvyer(Kommunatkomst atkomst, ForslagService tjanst) {
        this.atkomst = atkomst;
        this.tjanst = tjanst;
    }

    /**
     * The sakkunnig's page of a kommun: its years, its proposals, next year, and the upload of its own table.
     *
     * @param inmatning the upload's year and result, or null for an empty upload form
     */
    public Kommunsida kommunsida(Kommun kommun, Formularfel fel, @Nullable String meddelande, @Nullable Inmatningsruta inmatning) {
        Normbok normbok = atkomst.normbok();
        List<Kommunsida.Arsrad> ar = normbok.fordelningar(kommun).stream().map(f -> new Kommunsida.Arsrad(f.ar(),
                f.status().arLast(), f.beslutet().map(b -> b.namnd() + (b.datum() == null ? "" : " " + Sidformat.datum(b.datum().toString()))
                        + (b.paragraf() == null ? "" : ", " + b.paragraf()) + (b.diarienummer() == null ? "" : ", Dnr " + b.diarienummer()))
                        .orElse(null), normbok.avvikelser(f).stream().map(a -> a.meddelande()).toList())).toList();
        List<Kommunsida.Forslagsrad> forslag = tjanst.lista(kommun).stream().map(f -> new Kommunsida.Forslagsrad(f.id(),
                f.fordelning().ar(), f.basar(), f.status().arLast(), f.beslutadVersion(), tjanst.avvikelser(f).size(),
                !f.status().arLast() && Overlamning.vantar(tjanst.historik(f)))).toList();
        int nasta = normbok.fordelningar(kommun).stream().mapToInt(Fordelning::ar).max().orElse(normbok.riksnormer().stream()
                .mapToInt(Riksnorm::ar).max().orElse(2024)) + 1;
        int senast = normbok.fordelningar(kommun).stream().mapToInt(Fordelning::ar).max().orElse(nasta - 1);
        return new Kommunsida(kommun, ar, forslag, nasta, normbok.riksnorm(nasta).isEmpty(), fel, meddelande,
                inmatning == null ? Inmatningsruta.tom(senast) : inmatning);
    }

    /** What hinders a decision besides the findings, which the page lists on their own. */
    private static List<String> utanAvvikelserna(List<String> hinder, List<se.riksnorm.domain.kontroll.Avvikelse> avvikelser) {
        var meddelanden = avvikelser.stream().map(se.riksnorm.domain.kontroll.Avvikelse::meddelande).toList();
        return hinder.stream().filter(h -> !meddelanden.contains(h)).toList();
    }

    /**
     * The proposal with its revision, if it is the kommun's of the path and the person acts for that kommun; 404
     * otherwise.
     */
    public LagratForslag lagrat(HttpRequest<?> request, String kommun, long id) {
        Kommun k = atkomst.kommun(request, kommun);
        LagratForslag lagrat = tjanst.hamtaLagrat(id).orElseThrow(() -> new Sidfel(Problems.okandForslag(id).problem()));
        if (!lagrat.forslag().fordelning().kommun().id().equals(k.id())) {
            throw new Sidfel(Problems.okandForslag(id).problem());
        }
        return lagrat;
    }

    public Forslagssida forslagssida(LagratForslag lagrat) {
        return forslagssida(lagrat.forslag(), lagrat.revision(), lagrat.forslag(), Cellvarden.las(lagrat.forslag().fordelning(), Map.of()),
                "", Formularfel.INGA, null);
    }

    /**
     * @param sparat the proposal as stored
     * @param revision the revision the page's forms carry: the stored one, or, after a lost race, the one the
     *                 refused form was rendered from (so that saving again cannot overwrite the other change)
     * @param visat the proposal as typed (the preview), or {@code sparat}
     */
    public Forslagssida forslagssida(Forslag sparat, int revision, Forslag visat, Cellvarden varden, String motivering, Formularfel fel,
                                     @Nullable String meddelande) {
        Normbok normbok = atkomst.normbok();
        Riksnorm riksnorm = normbok.riksnorm(visat.fordelning().ar()).orElseThrow(() -> new Sidfel(Problems.okandRiksnorm(
                visat.fordelning().ar(), normbok).problem()));
        var avvikelser = tjanst.avvikelser(visat);
        var tabell = FordelningResponses.hel(visat.fordelning(), riksnorm, avvikelser);
        Map<String, String> cellfel = new LinkedHashMap<>(varden.fel());
        cellfel.putAll(fel.falt());
        List<String> andrade = varden.andringar().stream().map(a -> {
            Cellbenamning namn = Cellbenamning.av(a.cell());
            return namn.rad() + ", " + namn.kolumn() + ": " + Sidformat.tal(varden.sparat().get(a.cell().sokvag())) + " → "
                    + Sidformat.tal(a.kronor().belopp());
        }).toList();
        var handelser = tjanst.historik(sparat);
        List<HandelseResponse> historik = handelser.stream().map(HandelseResponse::av).toList();
        return new Forslagssida(visat.fordelning().kommun(), sparat.id(), revision, visat.fordelning().ar(), sparat.basar(),
                sparat.status().arLast(), sparat.beslutadVersion(), riksnorm.status().arLast() ? "fastställd" : "preliminär",
                riksnorm.upprakningen().map(u -> Sidformat.procent(u.procent().toPlainString())).orElse(null),
                sparat.umgangesnormBekraftad(), sparat.umgangesregel(), !sparat.status().arLast() && Overlamning.vantar(handelser),
                sparat.status().arLast() ? List.of() : utanAvvikelserna(visat.hinderForBeslut(riksnorm, avvikelser), avvikelser),
                Rutnat.av(tabell, varden.skrivet(), varden.sparat(), cellfel), andrade, motivering, historik, fel, meddelande);
    }
}
