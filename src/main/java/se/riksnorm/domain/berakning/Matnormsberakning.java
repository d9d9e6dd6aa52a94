package se.riksnorm.domain.berakning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Fel.Feltyp;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.riksnorm.Aldersgrupp;

/**
 * Matnorm (the livsmedel post) per person and household from the kommun's decided table: per månad,
 * per vecka and per dag as decided, and per dag × the days asked for (Nyköping SN22/37's matnorm table).
 */
public final class Matnormsberakning {

    /** A matnorm for more than a year's days is a typing error. */
    private static final int STORSTA_ANTAL_DAGAR = 366;

    private final Regelbok regelbok;

    public Matnormsberakning(Regelbok regelbok) {
        this.regelbok = regelbok;
    }

    public Utfall<Matnormsresultat> berakna(MatnormFragan fraga, Normbok normbok) {
        return Normuppslag.hitta(fraga.kommun(), fraga.manad(), normbok, regelbok, true)
                .flatMap(lage -> Utfall.om(fel(fraga, lage), lage))
                .map(lage -> resultat(fraga, lage));
    }

    private static List<Fel> fel(MatnormFragan fraga, Normlage lage) {
        Forfragan somForfragan = new Forfragan(fraga.kommun(), Period.helManad(fraga.manad()), fraga.medlemmar(), 0,
                List.of(), List.of());
        List<Fel> fel = new ArrayList<>(Forfragningskontroll.hushallet(somForfragan, lage.kommun().berakning().aldersbyte()));
        if (fraga.dagar() < 0 || fraga.dagar() > STORSTA_ANTAL_DAGAR) {
            fel.add(new Fel(Feltyp.OGILTIG_UPPGIFT, "dagar", "Dagarna ska vara 0–" + STORSTA_ANTAL_DAGAR + ", inte " + fraga.dagar() + "."));
        }
        for (int i = 0; i < fraga.medlemmar().size(); i++) {
            if (fraga.medlemmar().get(i).roll() == Roll.UMGANGESBARN) {
                fel.add(new Fel(Feltyp.OGILTIG_UPPGIFT, "medlemmar[" + i + "].roll",
                        "Ett umgängesbarns mat ingår i umgängesnormen: beräkna den i stället."));
            }
        }
        return fel;
    }

    private static Matnormsresultat resultat(MatnormFragan fraga, Normlage lage) {
        Fordelning fordelning = lage.fordelning();
        List<MatnormRad> rader = new ArrayList<>();
        Optional<Medlem> make = fraga.medlemmar().stream().filter(m -> m.roll() == Roll.MAKE_MAKA_SAMBO).findFirst();
        for (Medlem medlem : fraga.medlemmar()) {
            switch (medlem.roll()) {
                case SOKANDE -> rader.add(rad(make.isPresent() ? medlem.id() + " och " + make.get().id() : medlem.id(),
                        make.isPresent() ? Aldersgrupp.SAMMANBOENDE : Aldersgrupp.ENSAMSTAENDE, fordelning, fraga.dagar()));
                case VUXEN_I_HUSHALLSGEMENSKAP, HEMMAVARANDE_VUXET_BARN ->
                        rader.add(rad(medlem.id(), Aldersgrupp.ENSAMSTAENDE, fordelning, fraga.dagar()));
                case BARN, HEMMAVARANDE_SKOLUNGDOM -> rader.add(rad(medlem.id(), Kolumnval.barnkolumn(medlem, fraga.manad(),
                        lage.kommun().berakning().aldersbyte()).orElseThrow(), fordelning, fraga.dagar()));
                default -> { }
            }
        }
        return new Matnormsresultat(fraga.manad(), fraga.dagar(), rader,
                summa(rader, MatnormRad::perManad), summa(rader, MatnormRad::perVecka), summa(rader, MatnormRad::perDag),
                summa(rader, MatnormRad::forDagarna), Normunderlag.av(lage),
                List.of(Grunder.kommunbeslut(fordelning, "matnorm")));
    }

    private static MatnormRad rad(String medlem, Aldersgrupp kolumn, Fordelning fordelning, int dagar) {
        Matnorm matnorm = fordelning.matnorm().get(kolumn);
        Kronor forDagarna = matnorm.perDag().times(dagar);
        return new MatnormRad(medlem, kolumn.nyckel(), kolumn.benamning(), matnorm.perManad(), matnorm.perVecka(),
                matnorm.perDag(), forDagarna, "Matnorm " + fordelning.ar() + ", " + kolumn.benamning() + ": "
                + matnorm.perDag().svenskText() + " per dag × " + dagar + " dagar = " + forDagarna.svenskText());
    }

    private static Kronor summa(List<MatnormRad> rader, java.util.function.Function<MatnormRad, Kronor> belopp) {
        return Kronor.sum(rader.stream().map(belopp).toList());
    }
}
