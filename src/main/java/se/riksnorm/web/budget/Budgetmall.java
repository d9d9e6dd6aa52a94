package se.riksnorm.web.budget;

import se.riksnorm.app.budget.HushallCsv;

/**
 * The caseload template: the header with every column and three example households (a single adult with rent and
 * an income; a couple with two children, one of them every other week; a single parent whose child eats lunch at
 * förskola). The ids are made up; a case system exports its own.
 */
final class Budgetmall {

    private Budgetmall() {
    }

    static String text() {
        String[] rubrik = HushallCsv.mall().split(";");
        StringBuilder mall = new StringBuilder(HushallCsv.mall()).append("\r\n");
        rad(mall, rubrik, "H-1001", "SOKANDE", "1990-05-14", "boende=6500", "hushallsel=300", "sjukpenning=4000");
        rad(mall, rubrik, "H-1002", "SOKANDE", "1984-02-02", "boende=8900", "lon=6000", "jobbstimulans=ja");
        rad(mall, rubrik, "H-1002", "MAKE_MAKA_SAMBO", "1986-11-30");
        rad(mall, rubrik, "H-1002", "BARN", "2015-06-10", "barnbidrag=2500");
        rad(mall, rubrik, "H-1002", "BARN", "2019-03-01", "dagar=15");
        rad(mall, rubrik, "H-1003", "SOKANDE", "1995-09-09", "boende=5400");
        rad(mall, rubrik, "H-1003", "BARN", "2022-01-20", "lunch_i_forskolan=ja", "barnbidrag=1250");
        return mall.toString();
    }

    private static void rad(StringBuilder mall, String[] rubrik, String hushall, String roll, String fodd, String... ovrigt) {
        String[] falt = new String[rubrik.length];
        java.util.Arrays.fill(falt, "");
        falt[0] = hushall;
        falt[1] = roll;
        falt[2] = fodd;
        for (String par : ovrigt) {
            String[] kv = par.split("=");
            for (int i = 0; i < rubrik.length; i++) {
                if (rubrik[i].equals(kv[0])) {
                    falt[i] = kv[1];
                }
            }
        }
        mall.append(String.join(";", falt)).append("\r\n");
    }
}
