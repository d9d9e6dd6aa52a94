package se.riksnorm.sidor.sakkunnig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.domain.upprakning.Cellandring;
import se.riksnorm.domain.upprakning.Vagran;
import se.riksnorm.sidor.Formularfel;

/**
 * The grid's form read against the stored proposal: which cells the sakkunnig changed, and which amounts cannot be
 * read as whole kronor. Only reading; every rule on the amounts is the proposal's own ({@code Forslag.andra}).
 *
 * @param andringar the changed cells, in the table's order
 * @param skrivet every cell's text as typed
 * @param sparat every editable cell's stored amount
 * @param fel texts that are not whole kronor, by cell address
 */
public record Cellvarden(List<Cellandring> andringar, Map<String, String> skrivet, Map<String, Long> sparat, Map<String, String> fel) {

    private static final Set<Normtabell> ANDRINGSBARA =
            Set.of(Normtabell.PERSONLIGA_KOSTNADER, Normtabell.GEMENSAMMA_KOSTNADER, Normtabell.UMGANGESNORM);

    /** The amounts that are not whole kronor, each by its cell, with what the page says above them. */
    public Formularfel beloppsfel() {
        return new Formularfel(fel, "Några belopp är inte hela kronor; inget sparades.");
    }

    /** The changed cells; a form that changes none is refused, as there is nothing to store. */
    public List<Cellandring> kravAndringar() {
        if (andringar.isEmpty()) {
            throw Vagran.ogiltigt("celler", "[]", "Ingen cell är ändrad: skriv ett nytt belopp i en cell först.");
        }
        return andringar;
    }

    public static Cellvarden las(Fordelning sparad, Map<String, String> formular) {
        List<Cellandring> andringar = new ArrayList<>();
        Map<String, String> skrivet = new LinkedHashMap<>();
        Map<String, Long> sparat = new LinkedHashMap<>();
        Map<String, String> fel = new LinkedHashMap<>();
        FordelningCells.tabell(sparad).celler().forEach((cell, varde) -> {
            if (!ANDRINGSBARA.contains(cell.tabell())) {
                return;
            }
            String namn = cell.sokvag();
            sparat.put(namn, varde.kronor().belopp());
            String text = formular.get(namn);
            if (text == null) {
                return;
            }
            skrivet.put(namn, text);
            String siffror = text.replaceAll("[\\s\u00A0\u202F]", "");
            if (!siffror.matches("-?[0-9]{1,9}")) {
                fel.put(namn, "Ange ett belopp i hela kronor, t.ex. 675 (inte '" + text.strip() + "').");
            } else if (Long.parseLong(siffror) != varde.kronor().belopp()) {
                andringar.add(new Cellandring(cell, Kronor.of(Long.parseLong(siffror))));
            }
        });
        return new Cellvarden(andringar, skrivet, sparat, fel);
    }

    /** The cell address of the i-th change, as the API's field {@code celler[i]} names it. */
    public String cell(int index) {
        return index >= 0 && index < andringar.size() ? andringar.get(index).cell().sokvag() : null;
    }

    /** The input an API field name ({@code celler[2].kronor}, {@code motivering}) belongs to, or null. */
    public String formfalt(String apiFalt) {
        if (apiFalt == null) {
            return null;
        }
        var traff = java.util.regex.Pattern.compile("celler\\[(\\d+)\\].*").matcher(apiFalt);
        if (traff.matches()) {
            return cell(Integer.parseInt(traff.group(1)));
        }
        return "motivering".equals(apiFalt) ? "motivering" : null;
    }
}
