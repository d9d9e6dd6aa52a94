package se.riksnorm.storage;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.Tabellursprung;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Normtabell;

/** A kommun's table between its rows and the domain, for the decided versions and the drafts alike. */
final class FordelningRows {

    private FordelningRows() {
    }

    static FordelningRow rad(Fordelning fordelning, Long id, int version, String kallfil, Long ersatterId, Long forslagId,
                             Tabellursprung ursprung) {
        Beslut beslut = fordelning.beslut();
        HemmavarandeUngdom ungdom = fordelning.hemmavarandeUngdom();
        return new FordelningRow(id, fordelning.kommun().id(), fordelning.ar(), version, fordelning.status().name(),
                fordelning.kalla().id(),
                beslut == null ? null : beslut.namnd(),
                beslut == null ? null : text(beslut.datum()),
                beslut == null ? null : beslut.paragraf(),
                beslut == null ? null : beslut.diarienummer(),
                beslut == null ? null : text(beslut.tjansteskrivelseDatum()),
                beslut == null ? null : beslut.underlag(),
                ungdom.andelensAvrundning().name(),
                ungdom.exempel() == null ? null : ungdom.exempel().antalPersoner(),
                kallfil, Instant.now().toString(), ersatterId, forslagId, ursprung.name());
    }

    /** The table's cells as rows of the kind {@code ny} makes, in the table's reading order. */
    static <T> List<T> celler(Fordelning fordelning, BiFunction<Cell, Kronor, T> ny) {
        List<T> rader = new ArrayList<>();
        FordelningCells.tabell(fordelning).celler().forEach((cell, varde) -> rader.add(ny.apply(cell, varde.kronor())));
        return rader;
    }

    static Map<Cell, Kronor> celler(List<? extends CellRow> rader) {
        Map<Cell, Kronor> celler = new LinkedHashMap<>();
        rader.forEach(cell -> celler.put(new Cell(Normtabell.valueOf(cell.tabell()), cell.rad(), cell.kolumn()),
                Kronor.of(cell.kronor())));
        return celler;
    }

    static Fordelning fordelning(FordelningRow rad, List<FordelningCellRow> celler, Kommun kommun, Kalla kalla) {
        Beslut beslut = rad.beslutNamnd() == null ? null : new Beslut(rad.beslutNamnd(), datum(rad.beslutDatum()),
                rad.beslutParagraf(), rad.beslutDiarienummer(), datum(rad.beslutTjansteskrivelse()), rad.beslutUnderlag());
        return FordelningCells.fordelning(kommun, rad.ar(), Fordelningsstatus.valueOf(rad.status()), beslut, kalla,
                Avrundning.valueOf(rad.hemmavarandeAvrundning()), rad.hemmavarandeExempelPersoner(), celler(celler));
    }

    private static String text(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }

    private static LocalDate datum(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
