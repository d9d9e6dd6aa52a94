package se.riksnorm.domain.riksnorm;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.riksnorm.domain.belopp.Avrundning;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.kontroll.Avvikelse;
import se.riksnorm.domain.kontroll.Kontrollregel;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.domain.tabell.Normtabell;

/** Checks a national table on its own: what every published riksnorm table has held since 2019. */
public final class RiksnormKontroll {

    private RiksnormKontroll() {
    }

    public static List<Avvikelse> kontrollera(Riksnorm riksnorm) {
        List<Avvikelse> avvikelser = new ArrayList<>();
        riksnorm.personligaKostnader().forEach((grupp, belopp) ->
                heltTiotal(Normtabell.PERSONLIGA_KOSTNADER, grupp.benamning(), belopp, avvikelser));
        riksnorm.gemensammaKostnader().forEach((antal, belopp) ->
                heltTiotal(Normtabell.GEMENSAMMA_KOSTNADER, Kolumnrubrik.personer(antal), belopp, avvikelser));
        riksnorm.ejLunch().forEach((grupp, belopp) ->
                heltTiotal(Normtabell.EJ_LUNCH, grupp.benamning(), belopp, avvikelser));

        for (Map.Entry<Integer, Normbelopp> kolumn : riksnorm.gemensammaKostnader().entrySet()) {
            int antal = kolumn.getKey();
            if (antal > 1) {
                Kronor mindreHushall = riksnorm.gemensamma(antal - 1);
                if (kolumn.getValue().kronor().compareTo(mindreHushall) <= 0) {
                    avvikelser.add(new Avvikelse(Kontrollregel.OKAR_MED_HUSHALLET, Normtabell.GEMENSAMMA_KOSTNADER,
                            Kolumnrubrik.personer(antal), mindreHushall, kolumn.getValue().kronor()));
                }
            }
        }
        Kronor ensamstaende = riksnorm.personliga(Aldersgrupp.ENSAMSTAENDE);
        Kronor sammanboende = riksnorm.personliga(Aldersgrupp.SAMMANBOENDE);
        if (sammanboende.compareTo(ensamstaende) <= 0) {
            avvikelser.add(new Avvikelse(Kontrollregel.SAMMANBOENDE_OVER_ENSAMSTAENDE, Normtabell.PERSONLIGA_KOSTNADER,
                    Aldersgrupp.SAMMANBOENDE.benamning(), ensamstaende, sammanboende));
        }
        riksnorm.ejLunch().forEach((grupp, belopp) -> {
            Kronor fullt = riksnorm.personliga(grupp);
            if (belopp.kronor().compareTo(fullt) >= 0) {
                avvikelser.add(new Avvikelse(Kontrollregel.EJ_LUNCH_LAGRE, Normtabell.EJ_LUNCH,
                        grupp.benamning(), fullt, belopp.kronor()));
            }
        });
        return List.copyOf(avvikelser);
    }

    private static void heltTiotal(Normtabell tabell, String kolumn, Normbelopp belopp, List<Avvikelse> avvikelser) {
        Kronor kronor = belopp.kronor();
        if (kronor.isNegative()) {
            avvikelser.add(new Avvikelse(Kontrollregel.NEGATIVT_BELOPP, tabell, kolumn, Kronor.NOLL, kronor));
        }
        Kronor narmasteTiotal = Avrundning.NARMASTE_TIOTAL.avrunda(kronor.toBigDecimal());
        if (!narmasteTiotal.equals(kronor)) {
            avvikelser.add(new Avvikelse(Kontrollregel.HELT_TIOTAL, tabell, kolumn, narmasteTiotal, kronor));
        }
    }
}
