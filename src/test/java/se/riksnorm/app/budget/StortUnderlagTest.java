package se.riksnorm.app.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.riksnorm.bench.Budgetunderlagsgenerator;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Forsorjningsstodsberakning;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Regelbok;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.domain.berakning.Summering;
import se.riksnorm.domain.berakning.Utfall;
import se.riksnorm.domain.budget.Budgetberakning;
import se.riksnorm.domain.budget.Budgetpaverkan;
import se.riksnorm.domain.budget.Hushallstyp;
import se.riksnorm.domain.budget.Manadsurval;
import se.riksnorm.domain.budget.Normversion;
import se.riksnorm.domain.budget.Tabellval;
import se.riksnorm.domain.budget.Versionsnormer;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.normfiles.NormFileReader;
import se.riksnorm.normfiles.NormFile;
import se.riksnorm.normfiles.NormFiles;

/**
 * 100 000 generated households through the CSV reader and the running totals, against the same households calculated
 * one by one by the single calculation and added up here: every total, every household type and the count of more,
 * the same and less must be equal (Nyköping's decided 2023 against the national 2024 amounts, January).
 */
class StortUnderlagTest {

    private static final int ANTAL = 100_000;

    @Test
    void summornaArSummanAvHushallenEttOchEtt() throws Exception {
        NormFiles filer = new NormFileReader().las(Path.of("norms"));
        Normbok alla = new Normbok(filer.riksnormer().stream().map(NormFile::innehall).toList(),
                filer.kommuner().stream().map(NormFile::innehall).toList(),
                filer.fordelningar().stream().map(NormFile::innehall).toList());
        Kommun nykoping = alla.kommun("nykoping").orElseThrow();
        Normbok fore = new Normbok(alla.riksnormer(), List.of(nykoping), List.of(alla.fordelning(nykoping, 2023).orElseThrow()));
        Normbok efter = new Normbok(alla.riksnormer(), List.of(nykoping), List.of());
        Regelbok regelbok = Regelbok.standard(filer.regler());
        Budgetberakning berakning = new Budgetberakning(regelbok, "nykoping",
                new Versionsnormer(new Normversion(2023, Tabellval.BESLUTAD, null), fore, "Nyköping 2023", "beslutad"),
                new Versionsnormer(new Normversion(2024, Tabellval.RIKSNORM, null), efter, "Riksnormen 2024", "riksnorm"),
                new Manadsurval(1, 1));

        Budgetunderlagsgenerator generator = new Budgetunderlagsgenerator(7);
        StringBuilder csv = new StringBuilder();
        generator.skriv(csv, ANTAL, true);
        Budgetpaverkan b = Budgetkorning.berakna(berakning, new HushallCsv(new ByteArrayInputStream(
                csv.toString().getBytes(StandardCharsets.UTF_8)), Underlagsgranser.STANDARD, YearMonth.of(2023, 11),
                Aldersbyte.ALDER_FORSTA_DAGEN), 10);

        // one by one, by the single calculation, without the reader or the totals
        Forsorjningsstodsberakning enskild = new Forsorjningsstodsberakning(regelbok);
        Forsorjningsstodsberakning enskild2 = new Forsorjningsstodsberakning(regelbok);
        long summaFore = 0;
        long summaEfter = 0;
        long riksnormFore = 0;
        long fler = 0;
        long samma = 0;
        long farre = 0;
        long avvisade = 0;
        long[] perTyp = new long[Hushallstyp.values().length];
        for (Budgetunderlagsgenerator.Genererat h : generator.hushall()) {
            Utfall<Summering> a = enskild.beraknaPeriod(fraga(h, 2023), fore).map(r -> r.summering());
            Utfall<Summering> e = enskild2.beraknaPeriod(fraga(h, 2024), efter).map(r -> r.summering());
            if (!(a instanceof Utfall.Beraknat<Summering> fa) || !(e instanceof Utfall.Beraknat<Summering> fe)) {
                avvisade++;
                continue;
            }
            long f = fa.resultat().forsorjningsstod().belopp();
            long d = fe.resultat().forsorjningsstod().belopp();
            summaFore += f;
            summaEfter += d;
            riksnormFore += fa.resultat().riksnorm().belopp();
            fler += d > f ? 1 : 0;
            samma += d == f ? 1 : 0;
            farre += d < f ? 1 : 0;
            perTyp[Hushallstyp.av(fraga(h, 2023).medlemmar()).ordinal()] += d - f;
        }
        assertThat(avvisade).as("some households are refused, as generated").isPositive();
        assertThat(b.beraknade() + b.felaktiga()).isEqualTo(ANTAL);
        assertThat(b.felaktiga()).isEqualTo(avvisade);
        assertThat(b.forsorjningsstod().fore().perManad()).isEqualTo(Kronor.of(summaFore));
        assertThat(b.forsorjningsstod().efter().perManad()).isEqualTo(Kronor.of(summaEfter));
        assertThat(b.riksnorm().fore().perManad()).isEqualTo(Kronor.of(riksnormFore));
        assertThat(b.fler()).isEqualTo(fler);
        assertThat(b.samma()).isEqualTo(samma);
        assertThat(b.farre()).isEqualTo(farre);
        for (Budgetpaverkan.Typrad t : b.perTyp()) {
            assertThat(t.forsorjningsstod().skillnad().perManad()).as(t.typ().name()).isEqualTo(Kronor.of(perTyp[t.typ().ordinal()]));
        }
        assertThat(b.storstaAndringar()).hasSize(10);
    }

    private static Forfragan fraga(Budgetunderlagsgenerator.Genererat h, int ar) {
        List<Medlem> medlemmar = new ArrayList<>();
        List<Inkomst> inkomster = new ArrayList<>();
        for (int i = 0; i < h.personer().size(); i++) {
            Budgetunderlagsgenerator.Person p = h.personer().get(i);
            medlemmar.add(new Medlem("p" + i, null, p.alder(), Roll.valueOf(p.roll()), p.dagar(), p.lunch()));
            if (p.lon() > 0) {
                inkomster.add(new Inkomst(Inkomsttyp.LON, Kronor.of(p.lon()), "p" + i, p.jobbstimulans(), null));
            }
        }
        List<Kostnad> kostnader = new ArrayList<>();
        kostnader.add(new Kostnad(Kostnadstyp.BOENDE, Kronor.of(h.boende()), null));
        if (h.hushallsel() > 0) {
            kostnader.add(new Kostnad(Kostnadstyp.HUSHALLSEL, Kronor.of(h.hushallsel()), null));
        }
        if (h.barnbidrag() > 0) {
            inkomster.add(new Inkomst(Inkomsttyp.BARNBIDRAG, Kronor.of(h.barnbidrag()), null, false, null));
        }
        if (h.sjukpenning() > 0) {
            inkomster.add(new Inkomst(Inkomsttyp.SJUKPENNING, Kronor.of(h.sjukpenning()), null, false, null));
        }
        return new Forfragan("nykoping", Period.helManad(YearMonth.of(ar, 1)), medlemmar, h.ovriga(), kostnader, inkomster);
    }
}
