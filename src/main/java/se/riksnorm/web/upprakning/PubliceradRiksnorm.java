package se.riksnorm.web.upprakning;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.riksnorm.domain.Normbok;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kalla.Tillforlitlighet;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Giltighet;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.riksnorm.Riksnormstatus;
import se.riksnorm.domain.upprakning.Procentsats;
import se.riksnorm.domain.upprakning.RiksnormUpprakning;
import se.riksnorm.domain.upprakning.Vagran;

/**
 * The government's table for a year as it is entered, published or preliminary: every amount, one source for
 * all of them, checked field by field (each refusal names the field). The year's period and the source of
 * the rule for more than seven persons are kept from the stored table of the year, or the year before.
 */
public final class PubliceradRiksnorm {

    /** As in the norms files' schema: no riksnorm amount comes near it. */
    private static final long STORSTA_BELOPP = 1_000_000;

    private PubliceradRiksnorm() {
    }

    /**
     * @param kalla the source every amount cites
     * @param procent the uppräkning the table follows, or {@code null} to keep the proposal's
     * @param status FASTSTALLD for the published table; PRELIMINAR for figures that may still change
     */
    public static Riksnorm bygg(int ar, Map<String, Long> personliga, Map<String, Long> gemensamma, Map<String, Long> ejLunch,
                                Kalla kalla, Procentsats procent, Riksnormstatus status, Normbok normbok) {
        if (status == Riksnormstatus.FASTSTALLD && kalla.tillforlitlighet() == Tillforlitlighet.HARLEDD) {
            throw Vagran.ogiltigt("kalla.tillforlitlighet", kalla.tillforlitlighet().name(), "Den publicerade tabellen kan inte "
                    + "ha en härledd källa: ange regeringens beslut (OFFICIELL) eller var beloppen återges (KOMMUNSIDA).");
        }
        Map<Aldersgrupp, Normbelopp> personligaBelopp = new EnumMap<>(Aldersgrupp.class);
        for (Aldersgrupp grupp : Aldersgrupp.values()) {
            personligaBelopp.put(grupp, belopp("personligaKostnader", grupp.nyckel(), personliga, kalla));
        }
        kravKandaNycklar("personligaKostnader", personliga, personligaBelopp.keySet().stream().map(Aldersgrupp::nyckel).toList());
        TreeMap<Integer, Normbelopp> gemensammaBelopp = new TreeMap<>();
        for (int antal = 1; antal <= Riksnorm.STORSTA_TABELLERADE_HUSHALL; antal++) {
            gemensammaBelopp.put(antal, belopp("gemensammaKostnader", Integer.toString(antal), gemensamma, kalla));
        }
        kravKandaNycklar("gemensammaKostnader", gemensamma, gemensammaBelopp.keySet().stream().map(String::valueOf).toList());
        Map<Aldersgrupp, Normbelopp> ejLunchBelopp = new EnumMap<>(Aldersgrupp.class);
        if (ejLunch != null) {
            kravKandaNycklar("ejLunch", ejLunch, Riksnorm.EJ_LUNCH_KOLUMNER.stream().map(Aldersgrupp::nyckel).toList());
            ejLunch.keySet().forEach(nyckel -> ejLunchBelopp.put(Aldersgrupp.forNyckel(nyckel).orElseThrow(),
                    belopp("ejLunch", nyckel, ejLunch, kalla)));
        }
        Optional<Riksnorm> stored = normbok.riksnorm(ar).or(() -> normbok.riksnorm(ar - 1));
        Riksnorm forebild = stored.orElseThrow(() -> Vagran.saknas("ar", Integer.toString(ar), "Varken " + ar + " eller "
                + (ar - 1) + " finns lagrad, så källan till regeln för fler än sju personer är okänd. Lägg in året i norms/."));
        Giltighet giltighet = forebild.ar() == ar ? forebild.giltighet() : Giltighet.helaAret(ar);
        Procentsats sats = procent != null ? procent : normbok.riksnorm(ar).flatMap(Riksnorm::upprakningen)
                .map(u -> new Procentsats(u.procent())).orElse(null);
        return new Riksnorm(ar, giltighet, status, personligaBelopp, gemensammaBelopp,
                forebild.storreHushallKalla(), ejLunchBelopp, sats == null ? null
                : new se.riksnorm.domain.riksnorm.Upprakning(sats.procent(), RiksnormUpprakning.AVRUNDNING, kalla));
    }

    private static Normbelopp belopp(String tabell, String nyckel, Map<String, Long> varden, Kalla kalla) {
        String falt = tabell + "." + nyckel;
        Long kronor = varden == null ? null : varden.get(nyckel);
        if (kronor == null) {
            throw Vagran.ogiltigt(falt, null, "Beloppet " + falt + " saknas: den publicerade tabellen anges hel.");
        }
        if (kronor < 0 || kronor > STORSTA_BELOPP) {
            throw Vagran.ogiltigt(falt, kronor.toString(), "Beloppet " + falt + " ska vara 0–" + STORSTA_BELOPP + " kr, inte " + kronor + ".");
        }
        return new Normbelopp(Kronor.of(kronor), kalla);
    }

    private static void kravKandaNycklar(String tabell, Map<String, Long> varden, java.util.List<String> kanda) {
        varden.keySet().stream().filter(nyckel -> !kanda.contains(nyckel)).findFirst().ifPresent(nyckel -> {
            throw Vagran.ogiltigt(tabell + "." + nyckel, String.valueOf(varden.get(nyckel)), "Kolumnen '" + nyckel + "' finns inte i "
                    + tabell + "; kolumnerna är " + String.join(", ", kanda) + ".");
        });
    }
}
