package se.riksnorm.bench;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Roll;

/**
 * The households the benchmarks calculate, each as the domain's request and as the JSON an HTTP client
 * sends: one family of four, one single adult, one household of nine (above the table's seven persons).
 * The same three are used in-process (JMH) and over HTTP (bench/run), so the figures can be compared.
 */
public enum Hushall {

    /** Sökande and sambo, two school children, rent, electricity, a wage with jobbstimulans, barnbidrag. */
    FAMILJ_MED_FYRA("""
            {"kommun":"Nyköping","manad":"2023-03","medlemmar":[\
            {"id":"sökande","fodelsedatum":"1984-02-11","roll":"SOKANDE"},\
            {"id":"sambo","fodelsedatum":"1986-09-30","roll":"MAKE_MAKA_SAMBO"},\
            {"id":"barn 1","fodelsedatum":"2014-05-02","roll":"BARN"},\
            {"id":"barn 2","fodelsedatum":"2011-12-24","roll":"BARN"}],\
            "kostnader":[{"typ":"BOENDE","belopp":9800,"beskrivning":"hyra"},{"typ":"HUSHALLSEL","belopp":450}],\
            "inkomster":[{"typ":"LON","belopp":12000,"medlem":"sökande","jobbstimulans":true},\
            {"typ":"BARNBIDRAG","belopp":2500}]}"""),

    /** One adult, rent and sjukpenning. */
    ENSAMSTAENDE("""
            {"kommun":"nykoping","manad":"2023-03","medlemmar":[\
            {"id":"sökande","fodelsedatum":"1979-07-19","roll":"SOKANDE"}],\
            "kostnader":[{"typ":"BOENDE","belopp":6200,"beskrivning":"hyra"}],\
            "inkomster":[{"typ":"SJUKPENNING","belopp":4100}]}"""),

    /** Sökande, sambo and seven children from 0 to 19 år, one of them living here half the month. */
    HUSHALL_MED_NIO("""
            {"kommun":"0480","manad":"2023-03","medlemmar":[\
            {"id":"sökande","fodelsedatum":"1980-01-15","roll":"SOKANDE"},\
            {"id":"sambo","fodelsedatum":"1982-03-03","roll":"MAKE_MAKA_SAMBO"},\
            {"id":"barn 1","fodelsedatum":"2004-01-20","roll":"HEMMAVARANDE_SKOLUNGDOM"},\
            {"id":"barn 2","fodelsedatum":"2007-06-01","roll":"BARN"},\
            {"id":"barn 3","fodelsedatum":"2010-10-10","roll":"BARN"},\
            {"id":"barn 4","fodelsedatum":"2014-04-04","roll":"BARN","dagar":15},\
            {"id":"barn 5","fodelsedatum":"2018-08-08","roll":"BARN"},\
            {"id":"barn 6","fodelsedatum":"2020-02-02","roll":"BARN","lunchIForskolan":true},\
            {"id":"barn 7","fodelsedatum":"2022-11-30","roll":"BARN"}],\
            "kostnader":[{"typ":"BOENDE","belopp":14500,"beskrivning":"hyra"},{"typ":"HUSHALLSEL","belopp":900},\
            {"typ":"HEMFORSAKRING","belopp":250}],\
            "inkomster":[{"typ":"LON","belopp":18000,"medlem":"sambo","jobbstimulans":true},\
            {"typ":"BARNBIDRAG","belopp":9550},{"typ":"BOSTADSBIDRAG","belopp":4200}]}""");

    private final String json;

    Hushall(String json) {
        this.json = json;
    }

    /** The request body an HTTP client sends for this household. */
    public String json() {
        return json;
    }

    /** The same household as the rules take it. */
    public Forfragan forfragan() {
        Period mars = Period.helManad(YearMonth.of(2023, 3));
        return switch (this) {
            case FAMILJ_MED_FYRA -> new Forfragan("Nyköping", mars, List.of(
                    vuxen("sökande", "1984-02-11", Roll.SOKANDE), vuxen("sambo", "1986-09-30", Roll.MAKE_MAKA_SAMBO),
                    barn("barn 1", "2014-05-02", Roll.BARN, null, false), barn("barn 2", "2011-12-24", Roll.BARN, null, false)),
                    0, List.of(kostnad(Kostnadstyp.BOENDE, 9800, "hyra"), kostnad(Kostnadstyp.HUSHALLSEL, 450, null)),
                    List.of(new Inkomst(Inkomsttyp.LON, Kronor.of(12000), "sökande", true, null),
                            new Inkomst(Inkomsttyp.BARNBIDRAG, Kronor.of(2500), null, false, null)));
            case ENSAMSTAENDE -> new Forfragan("nykoping", mars, List.of(vuxen("sökande", "1979-07-19", Roll.SOKANDE)),
                    0, List.of(kostnad(Kostnadstyp.BOENDE, 6200, "hyra")),
                    List.of(new Inkomst(Inkomsttyp.SJUKPENNING, Kronor.of(4100), null, false, null)));
            case HUSHALL_MED_NIO -> new Forfragan("0480", mars, List.of(
                    vuxen("sökande", "1980-01-15", Roll.SOKANDE), vuxen("sambo", "1982-03-03", Roll.MAKE_MAKA_SAMBO),
                    barn("barn 1", "2004-01-20", Roll.HEMMAVARANDE_SKOLUNGDOM, null, false),
                    barn("barn 2", "2007-06-01", Roll.BARN, null, false), barn("barn 3", "2010-10-10", Roll.BARN, null, false),
                    barn("barn 4", "2014-04-04", Roll.BARN, 15, false), barn("barn 5", "2018-08-08", Roll.BARN, null, false),
                    barn("barn 6", "2020-02-02", Roll.BARN, null, true), barn("barn 7", "2022-11-30", Roll.BARN, null, false)),
                    0, List.of(kostnad(Kostnadstyp.BOENDE, 14500, "hyra"), kostnad(Kostnadstyp.HUSHALLSEL, 900, null),
                            kostnad(Kostnadstyp.HEMFORSAKRING, 250, null)),
                    List.of(new Inkomst(Inkomsttyp.LON, Kronor.of(18000), "sambo", true, null),
                            new Inkomst(Inkomsttyp.BARNBIDRAG, Kronor.of(9550), null, false, null),
                            new Inkomst(Inkomsttyp.BOSTADSBIDRAG, Kronor.of(4200), null, false, null)));
        };
    }

    private static Medlem vuxen(String id, String fodd, Roll roll) {
        return new Medlem(id, LocalDate.parse(fodd), null, roll, null, false);
    }

    private static Medlem barn(String id, String fodd, Roll roll, Integer dagar, boolean lunch) {
        return new Medlem(id, LocalDate.parse(fodd), null, roll, dagar, lunch);
    }

    private static Kostnad kostnad(Kostnadstyp typ, long belopp, String beskrivning) {
        return new Kostnad(typ, Kronor.of(belopp), beskrivning);
    }
}
