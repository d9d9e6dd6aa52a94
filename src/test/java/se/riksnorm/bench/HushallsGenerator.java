package se.riksnorm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.SplittableRandom;

/**
 * Writes generated households as NDJSON for the batch benchmark (bench/run): every kommun spelling the service
 * accepts, months 2019–2026, 1–9 persons in every role, part months, children part time, lunch in förskolan,
 * umgänge where the kommun has a fördelning, costs and incomes. About one child in two thousand makes a household the
 * rules refuse (a 19-year-old as BARN), so the batch's problem lines are measured too. The same seed gives the
 * same file.
 *
 * <p>Usage: {@code java -cp … se.riksnorm.bench.HushallsGenerator FILE [COUNT] [SEED]}, or
 * {@code … HushallsGenerator --exempel FAMILJ_MED_FYRA} to print one of the {@link Hushall benchmark households}.
 */
public final class HushallsGenerator {

    private static final String[] KOMMUN = {"nykoping", "Nyköping", "NYKÖPING", "0480", "nyköping", " Nyköping "};
    private static final String[] KOSTNADER = {"HUSHALLSEL", "ARBETSRESOR", "HEMFORSAKRING", "FACKFORENING", "A_KASSA",
        "LIVSFORING_I_OVRIGT"};
    private static final String[] INKOMSTER = {"BOSTADSBIDRAG", "UNDERHALLSSTOD", "SJUKPENNING", "ARBETSLOSHETSERSATTNING",
        "ETABLERINGSERSATTNING", "FORALDRAPENNING", "PENSION", "OVRIG"};

    private final SplittableRandom slump;
    private final StringBuilder rad = new StringBuilder(1024);

    public HushallsGenerator(long seed) {
        this.slump = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args[0].equals("--exempel")) {
            System.out.print(Hushall.valueOf(args[1]).json());
            return;
        }
        Path fil = Path.of(args[0]);
        long antal = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122;
        HushallsGenerator generator = new HushallsGenerator(seed);
        try (BufferedWriter ut = Files.newBufferedWriter(fil, StandardCharsets.UTF_8)) {
            for (long i = 0; i < antal; i++) {
                ut.append(generator.hushall()).append('\n');
            }
        }
    }

    /** One household as a line of JSON. */
    public CharSequence hushall() {
        rad.setLength(0);
        YearMonth manad = YearMonth.of(2019 + slump.nextInt(8), 1 + slump.nextInt(12));
        LocalDate forsta = manad.atDay(1);
        rad.append("{\"kommun\":\"").append(KOMMUN[slump.nextInt(KOMMUN.length)]).append('"');
        int dagar = manad.lengthOfMonth();
        if (slump.nextInt(10) == 0) {
            int fran = 1 + slump.nextInt(manad.lengthOfMonth());
            dagar = manad.lengthOfMonth() - fran + 1;
            rad.append(",\"fran\":\"").append(manad.atDay(fran)).append("\",\"till\":\"").append(manad.atEndOfMonth()).append('"');
        } else {
            rad.append(",\"manad\":\"").append(manad).append('"');
        }
        rad.append(",\"medlemmar\":[");
        int sort = slump.nextInt(100);
        if (sort < 4) {
            // an adult sharing a home with others who are not in the calculation
            person("sökande", forsta.minusYears(21 + slump.nextInt(30)).minusDays(1 + slump.nextInt(300)),
                    sort < 2 ? "VUXEN_I_HUSHALLSGEMENSKAP" : "HEMMAVARANDE_VUXET_BARN", null, false);
            rad.append("],\"ovrigaIHushallet\":").append(1 + slump.nextInt(4));
        } else {
            familj(manad, forsta, dagar);
            rad.append(']');
        }
        kostnader();
        inkomster();
        return rad.append('}');
    }

    private void familj(YearMonth manad, LocalDate forsta, int periodensDagar) {
        person("sökande", forsta.minusYears(20 + slump.nextInt(45)).minusDays(slump.nextInt(365)), "SOKANDE", null, false);
        boolean sambo = slump.nextBoolean();
        if (sambo) {
            rad.append(',');
            person("sambo", forsta.minusYears(20 + slump.nextInt(45)).minusDays(slump.nextInt(365)), "MAKE_MAKA_SAMBO", null, false);
        }
        int barn = slump.nextInt(sambo ? 8 : 9);
        for (int i = 1; i <= barn; i++) {
            rad.append(',');
            int typ = slump.nextInt(2000);
            if (typ == 0) {
                // refused by the rules: a 19-year-old as BARN
                person("barn " + i, forsta.minusYears(19).minusDays(60), "BARN", null, false);
            } else if (typ < 100) {
                person("barn " + i, forsta.minusYears(19).minusDays(60 + slump.nextInt(240)), "HEMMAVARANDE_SKOLUNGDOM", null, false);
            } else {
                int alder = slump.nextInt(18);
                Integer dagar = slump.nextInt(8) == 0 ? 1 + slump.nextInt(periodensDagar) : null;
                boolean lunch = alder <= 5 && slump.nextInt(3) == 0;
                person("barn " + i, forsta.minusYears(alder).minusDays(1 + slump.nextInt(300)), "BARN", dagar, lunch);
            }
        }
        if ((manad.getYear() == 2022 || manad.getYear() == 2023) && slump.nextInt(10) == 0) {
            rad.append(',');
            person("umgängesbarn", forsta.minusYears(slump.nextInt(18)).minusDays(1 + slump.nextInt(300)), "UMGANGESBARN",
                    slump.nextInt(Math.min(10, periodensDagar) + 1), false);
        }
    }

    private void person(String id, LocalDate fodd, String roll, Integer dagar, boolean lunch) {
        rad.append("{\"id\":\"").append(id).append("\",\"fodelsedatum\":\"").append(fodd).append("\",\"roll\":\"").append(roll).append('"');
        if (dagar != null) {
            rad.append(",\"dagar\":").append(dagar);
        }
        if (lunch) {
            rad.append(",\"lunchIForskolan\":true");
        }
        rad.append('}');
    }

    private void kostnader() {
        rad.append(",\"kostnader\":[{\"typ\":\"BOENDE\",\"belopp\":").append(3000 + slump.nextInt(12000))
                .append(",\"beskrivning\":\"hyra\"}");
        for (int i = slump.nextInt(3); i > 0; i--) {
            rad.append(",{\"typ\":\"").append(KOSTNADER[slump.nextInt(KOSTNADER.length)]).append("\",\"belopp\":")
                    .append(50 + slump.nextInt(1500)).append('}');
        }
        rad.append(']');
    }

    private void inkomster() {
        rad.append(",\"inkomster\":[");
        boolean forsta = true;
        if (slump.nextInt(3) == 0) {
            rad.append("{\"typ\":\"LON\",\"belopp\":").append(1000 + slump.nextInt(20000))
                    .append(",\"medlem\":\"sökande\",\"jobbstimulans\":").append(slump.nextBoolean()).append('}');
            forsta = false;
        }
        for (int i = slump.nextInt(3); i > 0; i--) {
            rad.append(forsta ? "" : ",").append("{\"typ\":\"").append(INKOMSTER[slump.nextInt(INKOMSTER.length)])
                    .append("\",\"belopp\":").append(100 + slump.nextInt(9000)).append('}');
            forsta = false;
        }
        rad.append(']');
    }
}
