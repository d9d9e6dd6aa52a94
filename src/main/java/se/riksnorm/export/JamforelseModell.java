package se.riksnorm.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.upprakning.Arsjamforelse;
import se.riksnorm.domain.upprakning.Cellbenamning;
import se.riksnorm.domain.upprakning.Jamforelserad;
import se.riksnorm.domain.belopp.Svenskt;

/**
 * The comparison with the previous year, ready to attach to the tjänsteskrivelse: for each table (the
 * riksnorm's columns first) every cell old → new in kronor and percent, then every finding of both years.
 */
public final class JamforelseModell {

    private JamforelseModell() {
    }

    /** The XLSX sheet's name for the comparison that ends in the year, e.g. "Jämförelse 2024". */
    public static String bladnamn(int ar) {
        return "Jämförelse " + ar;
    }

    public static Dokument jamforelse(Arsjamforelse j, String lage, String filnamn) {
        int fore = j.fore().ar();
        int efter = j.efter().ar();
        List<String> kolumner = List.of(Integer.toString(fore), Integer.toString(efter), "Förändring kr", "Förändring %");
        Map<String, List<Tabellrad>> perTabell = new LinkedHashMap<>();
        for (Jamforelserad rad : j.rader()) {
            Cellbenamning namn = Cellbenamning.av(rad.cell());
            String tabell = rad.cell().rad().isEmpty() ? "Riksnormen, " + namn.tabell().toLowerCase(java.util.Locale.ROOT) : namn.tabell();
            String etikett = rad.cell().rad().isEmpty() ? namn.kolumn() : namn.rad() + ", " + namn.kolumn();
            List<Dokumentvarde> celler = new ArrayList<>();
            celler.add(rad.fore() == null ? Textvarde.TOM : new Beloppsvarde(rad.fore(), rad.cell()));
            celler.add(rad.efter() == null ? Textvarde.TOM : new Beloppsvarde(rad.efter(), rad.cell()));
            celler.add(rad.forandring().<Dokumentvarde>map(Beloppsvarde::forandring).orElse(Textvarde.TOM));
            celler.add(rad.procent().<Dokumentvarde>map(Procentvarde::new).orElse(Textvarde.TOM));
            perTabell.computeIfAbsent(tabell, t -> new ArrayList<>()).add(new Tabellrad(etikett, celler, false));
        }
        List<Avsnitt> avsnitt = new ArrayList<>();
        perTabell.forEach((tabell, rader) -> avsnitt.add(new Tabellavsnitt(tabell, "", kolumner, rader)));
        avsnitt.add(fynd("Avvikelser " + efter, j.efterAvvikelser()));
        avsnitt.add(fynd("Avvikelser " + fore, j.foreAvvikelser()));
        return new Dokument(Svenskt.genitiv(j.efter().kommun().namn()) + " kommun",
                "Jämförelse med " + fore + ": fördelningen av riksnormen " + efter,
                "Varje belopp " + fore + " → " + efter + ", i kronor och procent", List.of(lage), avsnitt, List.of(), filnamn);
    }

    private static Textavsnitt fynd(String rubrik, List<Avvikelse> avvikelser) {
        return new Textavsnitt(rubrik, avvikelser.isEmpty() ? List.of("Inga avvikelser: varje kolumn summerar till riksnormen.")
                : avvikelser.stream().map(Avvikelse::meddelande).toList());
    }
}
