package se.riksnorm.web.kommun;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.kommun.Aldersbyte;
import se.riksnorm.domain.kommun.Berakningsinstallningar;
import se.riksnorm.domain.kommun.Dagberakning;
import se.riksnorm.domain.upprakning.UmgangeOforandrad;
import se.riksnorm.domain.upprakning.UmgangeUrPersonliga;
import se.riksnorm.domain.upprakning.Umgangesregel;
import se.riksnorm.storage.Kommunval;
import se.riksnorm.web.problem.Problems;

/** A kommun's choices between the API's text and the stored choices, each value refused by its field. */
final class KommunvalRequestParser {

    private static final String PERSONLIGA_UTOM = "PERSONLIGA_UTOM";
    private static final String OFORANDRAD = "OFORANDRAD";
    private static final Pattern DAGAR = Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,4})?");

    private KommunvalRequestParser() {
    }

    static Kommunval val(KommunvalBody begaran) {
        if (begaran == null) {
            throw Problems.ogiltigtVarde("val", null, "Ange kommunens val: aldersbyte, dagberakning, umgangesnorm och "
                    + "hemmavarandeUngdom (hämta dem med GET och skicka tillbaka dem ändrade).");
        }
        Aldersbyte aldersbyte = varde(Aldersbyte.class, "aldersbyte", begaran.aldersbyte(), true);
        Dagberakning dagberakning = varde(Dagberakning.class, "dagberakning", begaran.dagberakning(), true);
        Avrundning ungdom = varde(Avrundning.class, "hemmavarandeUngdom", begaran.hemmavarandeUngdom(), false);
        return Kommunval.nya(new Berakningsinstallningar(aldersbyte, dagberakning), regel(begaran.umgangesnorm()), ungdom);
    }

    static KommunvalBody body(Kommunval val) {
        Umgangesregel regel = val.umgangesregel();
        KommunvalBody.Umgangesnorm umgange = null;
        if (regel instanceof UmgangeUrPersonliga ur) {
            umgange = new KommunvalBody.Umgangesnorm(PERSONLIGA_UTOM, ur.utom().stream().map(Behovspost::nyckel).sorted().toList(),
                    ur.dagarPerAr().toPlainString(), ur.avrundning().name());
        } else if (regel instanceof UmgangeOforandrad) {
            umgange = new KommunvalBody.Umgangesnorm(OFORANDRAD, List.of(), null, null);
        }
        return new KommunvalBody(val.berakning().aldersbyte().name(), val.berakning().dagberakning().name(), umgange,
                val.hemmavarandeAvrundning() == null ? null : val.hemmavarandeAvrundning().name());
    }

    private static Umgangesregel regel(KommunvalBody.Umgangesnorm begaran) {
        if (begaran == null) {
            return null;
        }
        String regel = begaran.regel() == null ? null : begaran.regel().strip().toUpperCase(Locale.ROOT);
        if (OFORANDRAD.equals(regel)) {
            return new UmgangeOforandrad();
        }
        if (!PERSONLIGA_UTOM.equals(regel)) {
            throw Problems.ogiltigtVarde("umgangesnorm.regel", begaran.regel(), "Umgängesregeln är PERSONLIGA_UTOM eller OFORANDRAD.");
        }
        Set<Behovspost> utom = EnumSet.noneOf(Behovspost.class);
        List<String> poster = begaran.utom() == null ? List.of() : begaran.utom();
        for (int i = 0; i < poster.size(); i++) {
            String nyckel = poster.get(i);
            Behovspost post = nyckel == null ? null : Behovspost.forNyckel(nyckel.strip()).filter(Behovspost::arPersonlig).orElse(null);
            if (post == null) {
                throw Problems.ogiltigtVarde("umgangesnorm.utom[" + i + "]", nyckel, "Bara personliga poster kan undantas: "
                        + Arrays.stream(Behovspost.values()).filter(Behovspost::arPersonlig).map(Behovspost::nyckel)
                        .collect(Collectors.joining(", ")) + ".");
            }
            utom.add(post);
        }
        String dagar = begaran.dagarPerAr() == null ? "" : begaran.dagarPerAr().strip();
        if (!DAGAR.matcher(dagar).matches() || new BigDecimal(dagar).signum() <= 0 || new BigDecimal(dagar).compareTo(BigDecimal.valueOf(366)) > 0) {
            throw Problems.ogiltigtVarde("umgangesnorm.dagarPerAr", begaran.dagarPerAr(), "Dagar per år anges som text med högst "
                    + "fyra decimaler, större än 0 och högst 366, t.ex. \"365.25\".");
        }
        return new UmgangeUrPersonliga(utom, new BigDecimal(dagar),
                varde(Avrundning.class, "umgangesnorm.avrundning", begaran.avrundning(), true));
    }

    private static <E extends Enum<E>> E varde(Class<E> typ, String falt, String text, boolean kravs) {
        if (text == null || text.isBlank()) {
            if (kravs) {
                throw Problems.ogiltigtVarde(falt, text, "Ange " + falt + ": " + namn(typ) + ".");
            }
            return null;
        }
        try {
            return Enum.valueOf(typ, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problems.ogiltigtVarde(falt, text, falt + " är ett av " + namn(typ) + ", inte '" + text + "'.");
        }
    }

    private static <E extends Enum<E>> String namn(Class<E> typ) {
        return Arrays.stream(typ.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
