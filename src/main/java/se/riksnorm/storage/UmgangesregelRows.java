package se.riksnorm.storage;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.upprakning.UmgangeOforandrad;
import se.riksnorm.domain.upprakning.UmgangeUrPersonliga;
import se.riksnorm.domain.upprakning.Umgangesregel;

/** A kommun's umgänge rule between its row and the domain. */
final class UmgangesregelRows {

    private static final String PERSONLIGA_UTOM = "PERSONLIGA_UTOM";
    private static final String OFORANDRAD = "OFORANDRAD";

    private UmgangesregelRows() {
    }

    static KommunUpprakningRow rad(String kommun, Umgangesregel regel) {
        if (regel instanceof UmgangeUrPersonliga ur) {
            return new KommunUpprakningRow(kommun, PERSONLIGA_UTOM,
                    ur.utom().stream().map(Behovspost::nyckel).collect(Collectors.joining(",")),
                    ur.dagarPerAr().toPlainString(), ur.avrundning().name());
        }
        return new KommunUpprakningRow(kommun, OFORANDRAD, null, null, null);
    }

    static Umgangesregel regel(KommunUpprakningRow rad) {
        if (OFORANDRAD.equals(rad.umgangeRegel())) {
            return new UmgangeOforandrad();
        }
        Set<Behovspost> utom = EnumSet.noneOf(Behovspost.class);
        if (rad.umgangeUtom() != null && !rad.umgangeUtom().isEmpty()) {
            Arrays.stream(rad.umgangeUtom().split(",")).forEach(nyckel -> utom.add(Behovspost.forNyckel(nyckel).orElseThrow()));
        }
        return new UmgangeUrPersonliga(utom, new BigDecimal(rad.umgangeDagarPerAr()), Avrundning.valueOf(rad.umgangeAvrundning()));
    }
}
