package se.riksnorm.domain.upprakning;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.belopp.Svenskt;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.domain.tabell.Skillnad;

/**
 * A proposal (förslag) for a kommun's fördelning of a year: a stored draft the sakkunnig adjusts cell by
 * cell until the nämnd decides it. Once decided it never changes again: every change is refused.
 *
 * @param id the stored proposal's id, {@code null} before it is stored
 * @param basar the year whose split it keeps
 * @param fordelning the draft table, always {@link Fordelningsstatus#FORSLAG}
 * @param umgangesregel the rule the umgängesnorm was proposed by, in words
 * @param umgangesnormBekraftad whether the sakkunnig has confirmed the proposed umgängesnorm
 * @param beslutadVersion the version of the year's table the decision created, {@code null} until decided
 */
public record Forslag(Long id, int basar, Fordelningsstatus status, Fordelning fordelning, String umgangesregel,
                      boolean umgangesnormBekraftad, Integer beslutadVersion) {

    /** The cells a sakkunnig sets; matnorm and the example follow from them. */
    private static final Set<Normtabell> ANDRINGSBARA =
            EnumSet.of(Normtabell.PERSONLIGA_KOSTNADER, Normtabell.GEMENSAMMA_KOSTNADER, Normtabell.UMGANGESNORM);

    public Forslag {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fordelning, "fordelning");
        Objects.requireNonNull(umgangesregel, "umgangesregel");
        if (fordelning.status() != Fordelningsstatus.FORSLAG) {
            throw new IllegalArgumentException("ett förslags tabell har status FORSLAG");
        }
        if (status.arLast() != (beslutadVersion != null)) {
            throw new IllegalArgumentException("ett beslutat förslag anger den version beslutet skapade, och bara det");
        }
    }

    /** A new, undecided proposal. */
    public static Forslag nytt(int basar, Fordelning fordelning, Umgangesregel umgangesregel) {
        return new Forslag(null, basar, Fordelningsstatus.FORSLAG, fordelning, umgangesregel.beskrivning(), false, null);
    }

    public String namn() {
        return "förslaget" + (id == null ? "" : " " + id) + " till " + Svenskt.genitiv(fordelning.kommun().namn()) + " fördelning "
                + fordelning.ar();
    }

    /**
     * The proposal with the sakkunnig's new amounts, all or none: each cell must be a post or an umgängesnorm
     * of the table and not negative; matnorm and the example are worked out again from the result.
     */
    public Andringsutfall andra(List<Cellandring> andringar) {
        kravEjBeslutat();
        if (andringar.isEmpty()) {
            throw Vagran.ogiltigt("celler", "[]", "Ange minst en cell att ändra.");
        }
        Map<Cell, Kronor> celler = new LinkedHashMap<>();
        FordelningCells.tabell(fordelning).celler().forEach((cell, varde) -> celler.put(cell, varde.kronor()));
        Set<Cell> angivna = new HashSet<>();
        List<Skillnad> skillnader = new ArrayList<>();
        for (int i = 0; i < andringar.size(); i++) {
            Cellandring andring = andringar.get(i);
            String falt = "celler[" + i + "]";
            String sokvag = andring.cell().sokvag();
            if (!ANDRINGSBARA.contains(andring.cell().tabell())) {
                throw Vagran.ogiltigt(falt + ".cell", sokvag, "Cellen " + sokvag + " följer av tabellen (matnormen av "
                        + "livsmedel, exemplet av ensamstående och gemensamma kostnader) och ändras inte för sig.");
            }
            if (!celler.containsKey(andring.cell())) {
                throw Vagran.ogiltigt(falt + ".cell", sokvag, "Cellen " + sokvag + " finns inte i " + namn() + ".");
            }
            if (!angivna.add(andring.cell())) {
                throw Vagran.ogiltigt(falt + ".cell", sokvag, "Cellen " + sokvag + " anges två gånger.");
            }
            if (andring.kronor().isNegative()) {
                throw Vagran.ogiltigt(falt + ".kronor", Long.toString(andring.kronor().belopp()),
                        "Ett belopp kan inte vara negativt (" + sokvag + ").");
            }
            Kronor fore = celler.put(andring.cell(), andring.kronor());
            if (!fore.equals(andring.kronor())) {
                skillnader.add(new Skillnad(sokvag, Long.toString(fore.belopp()), Long.toString(andring.kronor().belopp())));
            }
        }
        var exempel = fordelning.hemmavarandeUngdom().exempel();
        Fordelning andrad = HarleddaBelopp.harled(FordelningCells.fordelning(fordelning.kommun(), fordelning.ar(),
                Fordelningsstatus.FORSLAG, null, fordelning.kalla(), fordelning.hemmavarandeUngdom().andelensAvrundning(),
                exempel == null ? null : exempel.antalPersoner(), celler));
        return new Andringsutfall(new Forslag(id, basar, status, andrad, umgangesregel, umgangesnormBekraftad, beslutadVersion),
                skillnader);
    }

    public Forslag medBekraftadUmgangesnorm() {
        kravEjBeslutat();
        return new Forslag(id, basar, status, fordelning, umgangesregel, true, beslutadVersion);
    }

    /**
     * Every reason the proposal cannot be decided yet, or an empty list: the national table must be the
     * published one, the umgängesnorm confirmed, and the table free of findings (a column that does not
     * sum to the riksnorm, like Nyköping's 2023 table for 5 persons, can never be decided again).
     */
    public List<String> hinderForBeslut(Riksnorm riksnorm, List<Avvikelse> avvikelser) {
        List<String> skal = new ArrayList<>();
        if (!riksnorm.status().arLast()) {
            skal.add("Riksnormen för " + riksnorm.ar() + " är preliminär (härledd, inte publicerad): mata in regeringens "
                    + "fastställda tabell innan fördelningen beslutas, så att kolumnerna kontrolleras mot de rätta beloppen.");
        }
        if (!umgangesnormBekraftad) {
            skal.add("Umgängesnormen är föreslagen enligt regeln " + umgangesregel + " och ska bekräftas av sakkunnig "
                    + "före beslut.");
        }
        avvikelser.forEach(avvikelse -> skal.add(avvikelse.meddelande()));
        return skal;
    }

    /** The decided table, or a refusal with every reason it cannot be decided. */
    public Fordelning beslutas(Beslut beslut, Kalla kalla, Riksnorm riksnorm, List<Avvikelse> avvikelser) {
        kravEjBeslutat();
        List<String> skal = hinderForBeslut(riksnorm, avvikelser);
        if (!skal.isEmpty()) {
            throw new Vagran(Vagran.Orsak.BESLUT_HINDRAS, Svenskt.forstaVersal(namn()) + " kan inte beslutas ännu: " + String.join(" ", skal),
                    null, null, skal);
        }
        return new Fordelning(fordelning.kommun(), fordelning.ar(), Fordelningsstatus.BESLUTAD, beslut, kalla,
                fordelning.personligaKostnader(), fordelning.gemensammaKostnader(), fordelning.matnorm(),
                fordelning.umgangesnormPerDag(), fordelning.hemmavarandeUngdom());
    }

    public Forslag beslutadSom(int version) {
        kravEjBeslutat();
        return new Forslag(id, basar, Fordelningsstatus.BESLUTAD, fordelning, umgangesregel, umgangesnormBekraftad, version);
    }

    /** Refuses any change once decided: the decided table is the nämnd's and never changes. */
    public void kravEjBeslutat() {
        if (status.arLast()) {
            throw Vagran.beslutad(Svenskt.forstaVersal(namn())
                    + " är beslutat (version " + beslutadVersion + ") och ändras inte. En ändring kräver ett nytt förslag "
                    + "och ett nytt beslut som ersätter det.");
        }
    }
}
