package se.riksnorm.domain.berakning;

import java.util.List;

/** A line not yet given to a member, with the notes it brings (a kommun's split that does not sum, say). */
record Radmall(Rad rad, List<Anmarkning> anmarkningar) {

    Radmall {
        anmarkningar = List.copyOf(anmarkningar);
    }

    Rad till(String medlem) {
        return medlem == null ? rad : new Rad(rad.typ(), medlem, rad.kolumn(), rad.benamning(), rad.kronor(), rad.regeltext(),
                rad.grunder(), rad.poster());
    }
}
