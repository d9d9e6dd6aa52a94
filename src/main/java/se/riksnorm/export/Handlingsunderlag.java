package se.riksnorm.export;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.fordelning.Kommun;

/**
 * Everything the nämnd's papers on a proposal say, gathered from the data (docs/adr/0123). A value the service cannot
 * know is {@code null} and becomes a marked placeholder; nothing here is made up.
 *
 * @param namnd the nämnd, e.g. "Socialnämnden" (the base year's decision names it), or {@code null}
 * @param datum the tjänsteskrivelse's date
 * @param diarienummer the matter's Dnr, or {@code null}
 * @param sammantrade the date of the nämnd's meeting, or {@code null}
 * @param lagen the law of försörjningsstöd in force in the year, one entry per change within it (e.g. 2025: until June,
 *              from July), each "Socialtjänstlagen (2025:400) 12 kap. 1 och 7 §§" with what it governs and from when
 * @param riksnormensBelopp where the amounts are set, e.g. "Socialtjänstförordningen (2001:937) 2 kap. 1 §"
 * @param skaligaKostnader what the skäliga kostnader are, in the words of the paragraph in force
 * @param referensvarde whether the year's riksnorm is set from a referensvärde (from 2027) rather than by an uppräkning
 * @param procent the government's uppräkning, or {@code null} (a referensvärde year)
 * @param regeringensBeslut the date of the government's decision, or {@code null}
 * @param riksnormFaststalld whether the year's national table is the published one (else preliminary, derived)
 * @param basbeslut the base year's decision in words, e.g. "Socialnämnden 2022-12-08, Dnr SN22/37", or {@code null}
 * @param andringar the sakkunnig's changes to the kept split, each "Kläder och skor, 1–2 år: 676 → 675 kr" with its reason
 * @param umgangesnorm how the umgängesnorm was proposed and whether it is confirmed, in a sentence
 * @param iakttagelser findings: last year's table against its riksnorm, the proposal's own, what still hinders a decision
 * @param budget the caseload's budget impact (base year decided against the proposal), or {@code null}
 * @param diagram the budget impact's chart as PNG, or {@code null}
 * @param bilagor the papers that go with it, in order
 */
public record Handlingsunderlag(Kommun kommun, int ar, int basar, long forslagId, String namnd, LocalDate datum,
                                String diarienummer, LocalDate sammantrade, List<Lagtext> lagen, String riksnormensBelopp,
                                String skaligaKostnader, boolean referensvarde, BigDecimal procent, LocalDate regeringensBeslut,
                                boolean riksnormFaststalld, String basbeslut, List<Andring> andringar, String umgangesnorm,
                                List<String> iakttagelser, Budgetpaverkan budget, byte[] diagram, List<String> bilagor) {

    public Handlingsunderlag {
        Objects.requireNonNull(kommun, "kommun");
        Objects.requireNonNull(datum, "datum");
        lagen = List.copyOf(lagen);
        andringar = List.copyOf(andringar);
        iakttagelser = List.copyOf(iakttagelser);
        bilagor = List.copyOf(bilagor);
    }

    /**
     * The law of the year as in force from a month.
     *
     * @param fran e.g. "juli 2025", or {@code null} when it is in force the whole year
     */
    public record Lagtext(String fran, String lagrum, String innehall) {
    }

    /** A changed cell: which, from → to, and why. */
    public record Andring(String cell, long fore, long efter, String motivering) {
    }
}
