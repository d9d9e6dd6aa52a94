package se.riksnorm.storage;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCeller;
import se.riksnorm.domain.fordelning.Fordelningsstatus;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.RiksnormCeller;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.riksnorm.Upprakning;
import se.riksnorm.domain.tabell.Cell;
import se.riksnorm.domain.tabell.Cellvarde;
import se.riksnorm.domain.tabell.Normtabell;

/**
 * The norms in the database. Each write is one transaction: a table is stored whole or not at all,
 * and a failed write leaves the stored data as it was.
 */
@Singleton
public class NormStore {

    private final KallaRepository kallor;
    private final RiksnormRepository riksnormer;
    private final RiksnormCellRepository riksnormCeller;
    private final KommunRepository kommuner;
    private final FordelningRepository fordelningar;
    private final FordelningCellRepository fordelningCeller;

    NormStore(KallaRepository kallor, RiksnormRepository riksnormer, RiksnormCellRepository riksnormCeller,
              KommunRepository kommuner, FordelningRepository fordelningar, FordelningCellRepository fordelningCeller) {
        this.kallor = kallor;
        this.riksnormer = riksnormer;
        this.riksnormCeller = riksnormCeller;
        this.kommuner = kommuner;
        this.fordelningar = fordelningar;
        this.fordelningCeller = fordelningCeller;
    }

    /** Adds new sources and updates the titles of known ones; a source is never removed, old tables cite it. */
    @Transactional
    public void sparaKallor(Collection<Kalla> nya) {
        for (Kalla kalla : nya) {
            KallaRow rad = new KallaRow(kalla.id(), kalla.titel(), kalla.tillforlitlighet().name(), kalla.referens());
            if (kallor.existsById(kalla.id())) {
                kallor.update(rad);
            } else {
                kallor.save(rad);
            }
        }
    }

    @Transactional
    public void sparaKommun(Kommun kommun) {
        KommunRow rad = new KommunRow(kommun.id(), kommun.kod(), kommun.namn(), kommun.berakning().aldersbyte().name(),
                kommun.berakning().dagberakning().name());
        if (kommuner.existsById(kommun.id())) {
            kommuner.update(rad);
        } else {
            kommuner.save(rad);
        }
    }

    /** Stores the year's table, replacing what was stored for the year. */
    @Transactional
    public void sparaRiksnorm(Riksnorm riksnorm, String kallfil) {
        var upprakning = riksnorm.upprakningen();
        RiksnormRow rad = new RiksnormRow(riksnorm.ar(), riksnorm.giltighet().fran().toString(),
                riksnorm.giltighet().till().toString(), riksnorm.status().name(),
                upprakning.map(u -> u.procent().toPlainString()).orElse(null),
                upprakning.map(u -> u.avrundning().name()).orElse(null),
                upprakning.map(u -> u.kalla().id()).orElse(null),
                riksnorm.storreHushallKalla().id(), kallfil, Instant.now().toString());
        if (riksnormer.existsById(riksnorm.ar())) {
            riksnormCeller.deleteByAr(riksnorm.ar());
            riksnormer.update(rad);
        } else {
            riksnormer.save(rad);
        }
        List<RiksnormCellRow> celler = new ArrayList<>();
        RiksnormCeller.tabell(riksnorm).celler().forEach((cell, varde) -> celler.add(new RiksnormCellRow(null,
                riksnorm.ar(), cell.tabell().name(), cell.rad(), cell.kolumn(), varde.kronor().belopp(), varde.kalla())));
        riksnormCeller.saveAll(celler);
    }

    /** Stores the kommun's table for the year, replacing what was stored for that kommun and year. */
    @Transactional
    public void sparaFordelning(Fordelning fordelning, String kallfil) {
        var befintlig = fordelningar.findByKommunAndAr(fordelning.kommun().id(), fordelning.ar());
        long id;
        if (befintlig.isPresent()) {
            id = befintlig.get().id();
            fordelningCeller.deleteByFordelningId(id);
            fordelningar.update(rad(fordelning, id, kallfil));
        } else {
            id = fordelningar.save(rad(fordelning, null, kallfil)).id();
        }
        List<FordelningCellRow> celler = new ArrayList<>();
        FordelningCeller.tabell(fordelning).celler().forEach((cell, varde) -> celler.add(new FordelningCellRow(null, id,
                cell.tabell().name(), cell.rad(), cell.kolumn(), varde.kronor().belopp())));
        fordelningCeller.saveAll(celler);
    }

    /** Everything stored, read back into the domain. */
    @Transactional(readOnly = true)
    public Normbok lasNormbok() {
        Map<String, Kalla> kallaPerId = new LinkedHashMap<>();
        kallor.findAll().forEach(rad -> kallaPerId.put(rad.id(), new Kalla(rad.id(), rad.titel(),
                Tillforlitlighet.valueOf(rad.tillforlitlighet()), rad.referens())));
        Function<String, Kalla> kalla = id -> {
            Kalla hittad = kallaPerId.get(id);
            if (hittad == null) {
                throw new IllegalStateException("källan " + id + " saknas i databasen");
            }
            return hittad;
        };
        List<Riksnorm> allaRiksnormer = new ArrayList<>();
        for (RiksnormRow rad : riksnormer.findAllOrderByAr()) {
            Map<Cell, Cellvarde> celler = new LinkedHashMap<>();
            riksnormCeller.findByArOrderById(rad.ar()).forEach(cell -> celler.put(
                    new Cell(Normtabell.valueOf(cell.tabell()), cell.rad(), cell.kolumn()),
                    new Cellvarde(Kronor.of(cell.kronor()), cell.kalla())));
            Upprakning upprakning = rad.upprakningProcent() == null ? null : new Upprakning(
                    new BigDecimal(rad.upprakningProcent()), Avrundning.valueOf(rad.upprakningAvrundning()),
                    kalla.apply(rad.upprakningKalla()));
            allaRiksnormer.add(RiksnormCeller.riksnorm(rad.ar(),
                    new Giltighet(YearMonth.parse(rad.giltigFran()), YearMonth.parse(rad.giltigTill())),
                    Riksnormstatus.valueOf(rad.status()), upprakning, kalla.apply(rad.storreHushallKalla()), celler, kalla));
        }
        Map<String, Kommun> kommunPerId = new LinkedHashMap<>();
        kommuner.findAll().forEach(rad -> kommunPerId.put(rad.id(), new Kommun(rad.id(), rad.kod(), rad.namn(),
                new Berakningsinstallningar(Aldersbyte.valueOf(rad.aldersbyte()), Dagberakning.valueOf(rad.dagberakning())))));
        List<Fordelning> allaFordelningar = new ArrayList<>();
        for (FordelningRow rad : fordelningar.findAll()) {
            Map<Cell, Kronor> celler = new LinkedHashMap<>();
            fordelningCeller.findByFordelningIdOrderById(rad.id()).forEach(cell -> celler.put(
                    new Cell(Normtabell.valueOf(cell.tabell()), cell.rad(), cell.kolumn()), Kronor.of(cell.kronor())));
            Beslut beslut = rad.beslutNamnd() == null ? null : new Beslut(rad.beslutNamnd(), datum(rad.beslutDatum()),
                    rad.beslutParagraf(), rad.beslutDiarienummer(), datum(rad.beslutTjansteskrivelse()), rad.beslutUnderlag());
            allaFordelningar.add(FordelningCeller.fordelning(kommunPerId.get(rad.kommun()), rad.ar(),
                    Fordelningsstatus.valueOf(rad.status()), beslut, kalla.apply(rad.kalla()),
                    Avrundning.valueOf(rad.hemmavarandeAvrundning()), rad.hemmavarandeExempelPersoner(), celler));
        }
        return new Normbok(allaRiksnormer, kommunPerId.values(), allaFordelningar);
    }

    private static FordelningRow rad(Fordelning fordelning, Long id, String kallfil) {
        Beslut beslut = fordelning.beslut();
        HemmavarandeUngdom ungdom = fordelning.hemmavarandeUngdom();
        return new FordelningRow(id, fordelning.kommun().id(), fordelning.ar(), fordelning.status().name(),
                fordelning.kalla().id(),
                beslut == null ? null : beslut.namnd(),
                beslut == null ? null : text(beslut.datum()),
                beslut == null ? null : beslut.paragraf(),
                beslut == null ? null : beslut.diarienummer(),
                beslut == null ? null : text(beslut.tjansteskrivelseDatum()),
                beslut == null ? null : beslut.underlag(),
                ungdom.andelensAvrundning().name(),
                ungdom.exempel() == null ? null : ungdom.exempel().antalPersoner(),
                kallfil, Instant.now().toString());
    }

    private static String text(LocalDate datum) {
        return datum == null ? null : datum.toString();
    }

    private static LocalDate datum(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
