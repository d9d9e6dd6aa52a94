package se.riksnorm.app.budget;

import jakarta.inject.Singleton;
import java.util.List;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.budget.Normversion;
import se.riksnorm.domain.budget.Versionsnormer;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.upprakning.Forslag;
import se.riksnorm.domain.belopp.Svenskt;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.app.normer.Normregister;
import se.riksnorm.app.upprakning.ForslagService;

/**
 * Makes a norm version concrete (docs/adr/0120): a Normbok with every national year as stored now, and for the kommun
 * only the table the version names for its year: the decided one, a proposal, or none.
 */
@Singleton
public class Versionsval {

    private final Normregister register;
    private final ForslagService forslag;

    Versionsval(Normregister register, ForslagService forslag) {
        this.register = register;
        this.forslag = forslag;
    }

    public Versionsnormer normer(Kommun kommun, Normversion version, String falt) {
        Normbok normbok = register.aktuell();
        String riksnorm = normbok.riksnorm(version.ar()).map(Versionsval::riksnormensLage).orElse("saknas");
        return switch (version.tabell()) {
            case BESLUTAD -> {
                Fordelning tabell = normbok.fordelning(kommun, version.ar())
                        .filter(f -> f.status() == Fordelningsstatus.BESLUTAD)
                        .orElseThrow(() -> Vagran.saknas(falt, version.text(), kommun.namn() + " har ingen beslutad fördelning för "
                                + version.ar() + ". Ange ett förslag (" + version.ar() + ":forslag-ID) eller riksnormen utan "
                                + "kommunens fördelning (" + version.ar() + ":riksnorm)."));
                String beslut = tabell.beslutet().map(b -> b.namnd() + (b.datum() == null ? "" : " " + b.datum())
                        + (b.diarienummer() == null ? "" : ", Dnr " + b.diarienummer())).orElse("beslutad");
                yield new Versionsnormer(version, new Normbok(normbok.riksnormer(), List.of(kommun), List.of(tabell)),
                        kommun.namn() + " " + version.ar() + ", beslutad fördelning", "Beslutad av " + beslut + "; riksnormen "
                        + version.ar() + " " + riksnorm);
            }
            case FORSLAG -> {
                Forslag valt = forslag.hamta(version.forslag()).orElseThrow(() -> Vagran.finnsInte(falt, version.text(),
                        "Det finns inget förslag med id " + version.forslag() + "."));
                Fordelning tabell = valt.fordelning();
                if (!tabell.kommun().id().equals(kommun.id()) || tabell.ar() != version.ar()) {
                    throw Vagran.ogiltigt(falt, version.text(), "Förslag " + version.forslag() + " gäller " + tabell.kommun().namn()
                            + " " + tabell.ar() + ", inte " + kommun.namn() + " " + version.ar() + ".");
                }
                yield new Versionsnormer(version, new Normbok(normbok.riksnormer(), List.of(kommun), List.of(tabell)),
                        kommun.namn() + " " + version.ar() + ", förslag " + version.forslag()
                                + (valt.status().arLast() ? " (beslutat)" : " (inte beslutat)"),
                        "Förslag " + version.forslag() + ", uppräknat ur " + valt.basar() + "; riksnormen " + version.ar() + " " + riksnorm);
            }
            case RIKSNORM -> new Versionsnormer(version, new Normbok(normbok.riksnormer(), List.of(kommun), List.of()),
                    "Riksnormen " + version.ar() + " utan " + Svenskt.genitiv(kommun.namn()) + " fördelning",
                    "Riksnormen " + version.ar() + " " + riksnorm + ", utan kommunens fördelning");
        };
    }

    private static String riksnormensLage(Riksnorm riksnorm) {
        return riksnorm.status().arLast() ? "fastställd" : "preliminär";
    }
}
