package se.riksnorm.domain.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel;

/**
 * The running totals of a caseload as its households are calculated: sums per household type and version, the
 * count of more / the same / less, the largest changes so far and the first errors. Holds nothing per household,
 * so memory is the same for ten households as for a million. Not thread-safe: each worker keeps its own and they
 * are joined with {@link #lagg(Budgetsammanstallning)} in the order of the rows.
 */
public final class Budgetsammanstallning {

    /** Errors listed in the answer; the rest are counted only. */
    public static final int STORSTA_ANTAL_FEL = 1000;
    private static final Hushallstyp[] TYPER = Hushallstyp.values();
    /** The largest first; among equals the earlier row first. */
    private static final Comparator<Hushallsskillnad> STORST_FORST = Comparator
            .comparingLong((Hushallsskillnad h) -> Math.abs(h.skillnad().belopp())).reversed()
            .thenComparingLong(Hushallsskillnad::rad);

    private final int antalStorsta;
    private final long[] antal = new long[TYPER.length];
    private final long[] personer = new long[TYPER.length];
    private final long[] fore = new long[TYPER.length];
    private final long[] efter = new long[TYPER.length];
    private long riksnormFore;
    private long riksnormEfter;
    private long fler;
    private long samma;
    private long farre;
    /** The smallest of the kept changes at the head, so a larger one replaces it. */
    private final PriorityQueue<Hushallsskillnad> storsta;
    private final List<Budgetpaverkan.Radfel> fel = new ArrayList<>();
    private long felaktiga;

    public Budgetsammanstallning(int antalStorsta) {
        this.antalStorsta = antalStorsta;
        this.storsta = new PriorityQueue<>(antalStorsta + 1, STORST_FORST.reversed());
    }

    public void lagg(Hushallsskillnad hushall) {
        int t = hushall.typ().ordinal();
        antal[t]++;
        personer[t] += hushall.personer();
        fore[t] += hushall.fore().belopp();
        efter[t] += hushall.efter().belopp();
        riksnormFore += hushall.riksnormFore().belopp();
        riksnormEfter += hushall.riksnormEfter().belopp();
        int jamforelse = hushall.efter().compareTo(hushall.fore());
        if (jamforelse > 0) {
            fler++;
        } else if (jamforelse < 0) {
            farre++;
        } else {
            samma++;
        }
        if (antalStorsta > 0 && !hushall.skillnad().isZero()) {
            storsta.add(hushall);
            if (storsta.size() > antalStorsta) {
                storsta.poll();
            }
        }
    }

    /** A household (or a row) that could not be counted: each reason, with the row where the household starts. */
    public void fel(long rad, String hushall, List<Fel> orsaker) {
        felaktiga++;
        for (Fel orsak : orsaker) {
            if (fel.size() < STORSTA_ANTAL_FEL) {
                fel.add(new Budgetpaverkan.Radfel(rad, hushall, orsak.falt(), orsak.meddelande()));
            }
        }
    }

    /** Joins another worker's totals, whose rows come after this one's. */
    public void lagg(Budgetsammanstallning annan) {
        for (int t = 0; t < TYPER.length; t++) {
            antal[t] += annan.antal[t];
            personer[t] += annan.personer[t];
            fore[t] += annan.fore[t];
            efter[t] += annan.efter[t];
        }
        riksnormFore += annan.riksnormFore;
        riksnormEfter += annan.riksnormEfter;
        fler += annan.fler;
        samma += annan.samma;
        farre += annan.farre;
        for (Hushallsskillnad h : annan.storsta) {
            storsta.add(h);
            if (storsta.size() > antalStorsta) {
                storsta.poll();
            }
        }
        for (Budgetpaverkan.Radfel f : annan.fel) {
            if (fel.size() < STORSTA_ANTAL_FEL) {
                fel.add(f);
            }
        }
        felaktiga += annan.felaktiga;
    }

    public long beraknade() {
        long summa = 0;
        for (long a : antal) {
            summa += a;
        }
        return summa;
    }

    public long felaktiga() {
        return felaktiga;
    }

    /** The answer: per month = the months' sum / their number, per year = the sum × 12 / their number, each to the nearest krona. */
    public Budgetpaverkan resultat(Budgetpaverkan.Versionsbeskrivning forsta, Budgetpaverkan.Versionsbeskrivning andra,
                                   Manadsurval manader) {
        int n = manader.antal();
        List<Budgetpaverkan.Typrad> perTyp = new ArrayList<>();
        long allaFore = 0;
        long allaEfter = 0;
        long allaPersoner = 0;
        for (int t = 0; t < TYPER.length; t++) {
            allaFore += fore[t];
            allaEfter += efter[t];
            allaPersoner += personer[t];
            if (antal[t] > 0) {
                perTyp.add(new Budgetpaverkan.Typrad(TYPER[t], antal[t], personer[t], summa(fore[t], efter[t], n)));
            }
        }
        List<Budgetpaverkan.Andring> andringar = storsta.stream().sorted(STORST_FORST)
                .map(h -> new Budgetpaverkan.Andring(h.id(), h.rad(), h.typ(), h.personer(), perManad(h.fore().belopp(), n),
                        perManad(h.efter().belopp(), n), perManad(h.efter().belopp(), n).minus(perManad(h.fore().belopp(), n))))
                .toList();
        List<Budgetpaverkan.Radfel> felIRadordning = fel.stream().sorted(Comparator.comparingLong(Budgetpaverkan.Radfel::rad)).toList();
        return new Budgetpaverkan(forsta, andra, manader, beraknade(), felaktiga, allaPersoner, summa(allaFore, allaEfter, n),
                summa(riksnormFore, riksnormEfter, n), perTyp, fler, samma, farre, andringar, felIRadordning);
    }

    static Budgetpaverkan.Summa summa(long fore, long efter, int manader) {
        BigDecimal procent = fore == 0 ? null : BigDecimal.valueOf(efter - fore).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(fore), 1, RoundingMode.HALF_UP);
        Budgetpaverkan.Belopp f = belopp(fore, manader);
        Budgetpaverkan.Belopp e = belopp(efter, manader);
        return new Budgetpaverkan.Summa(f, e, new Budgetpaverkan.Belopp(e.perManad().minus(f.perManad()),
                e.perAr().minus(f.perAr()), e.perioden().minus(f.perioden())), procent);
    }

    private static Budgetpaverkan.Belopp belopp(long perioden, int manader) {
        return new Budgetpaverkan.Belopp(perManad(perioden, manader), Avrundning.HALVT_UPPAT.avrundaKvot(
                BigDecimal.valueOf(perioden).multiply(BigDecimal.valueOf(Manadsurval.MANADER_PER_AR)), BigDecimal.valueOf(manader)),
                Kronor.of(perioden));
    }

    private static Kronor perManad(long perioden, int manader) {
        return manader == 1 ? Kronor.of(perioden)
                : Avrundning.HALVT_UPPAT.avrundaKvot(BigDecimal.valueOf(perioden), BigDecimal.valueOf(manader));
    }
}
