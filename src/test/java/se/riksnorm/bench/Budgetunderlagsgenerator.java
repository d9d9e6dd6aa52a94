package se.riksnorm.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A made-up caseload in the CSV of the budget impact (docs/adr/0121), for the benchmarks and for the test that its
 * totals equal the sum of its households calculated one by one: 1–9 persons, one adult or a couple or an adult in
 * hushållsgemenskap, children 0–20 (some part time, some at förskola lunch, some visiting), rent, electricity, wages
 * with and without jobbstimulans, child benefit, sick pay. About one household in a thousand has a 19-year-old as BARN,
 * which the rules refuse. The same seed gives the same caseload; {@link #hushall()} holds it as records too.
 *
 * <p>Usage: {@code java -cp … se.riksnorm.bench.Budgetunderlagsgenerator FILE [COUNT] [SEED]}.
 */
public final class Budgetunderlagsgenerator {

    public static final String RUBRIK = "hushall;roll;alder;dagar;lunch_i_forskolan;boende;hushallsel;lon;jobbstimulans;barnbidrag;"
            + "sjukpenning;ovriga_i_hushallet";

    /** A person of a generated household. */
    public record Person(String roll, int alder, Integer dagar, boolean lunch, long lon, boolean jobbstimulans) {
    }

    /** A generated household: its persons and its monthly amounts. */
    public record Genererat(String id, List<Person> personer, long boende, long hushallsel, long barnbidrag, long sjukpenning,
                            int ovriga) {
    }

    private final SplittableRandom slump;
    private final List<Genererat> hushall = new ArrayList<>();

    public Budgetunderlagsgenerator(long seed) {
        this.slump = new SplittableRandom(seed);
    }

    public static void main(String[] args) throws IOException {
        int antal = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261207L;
        try (BufferedWriter ut = Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8)) {
            new Budgetunderlagsgenerator(seed).skriv(ut, antal, false);
        }
    }

    /** Writes {@code antal} households as CSV; with {@code behall} they are kept in {@link #hushall()} as well. */
    public void skriv(Appendable ut, int antal, boolean behall) throws IOException {
        ut.append(RUBRIK).append('\n');
        StringBuilder rad = new StringBuilder(128);
        for (int i = 1; i <= antal; i++) {
            Genererat h = nytt("H" + i);
            if (behall) {
                hushall.add(h);
            }
            for (int p = 0; p < h.personer().size(); p++) {
                Person person = h.personer().get(p);
                boolean forsta = p == 0;
                rad.setLength(0);
                rad.append(h.id()).append(';').append(person.roll()).append(';').append(person.alder()).append(';')
                        .append(person.dagar() == null ? "" : person.dagar()).append(';').append(person.lunch() ? "ja" : "").append(';')
                        .append(forsta && h.boende() > 0 ? h.boende() : "").append(';')
                        .append(forsta && h.hushallsel() > 0 ? h.hushallsel() : "").append(';')
                        .append(person.lon() > 0 ? person.lon() : "").append(';').append(person.jobbstimulans() ? "ja" : "").append(';')
                        .append(forsta && h.barnbidrag() > 0 ? h.barnbidrag() : "").append(';')
                        .append(forsta && h.sjukpenning() > 0 ? h.sjukpenning() : "").append(';')
                        .append(forsta && h.ovriga() > 0 ? h.ovriga() : "").append('\n');
                ut.append(rad);
            }
        }
    }

    public List<Genererat> hushall() {
        return hushall;
    }

    private Genererat nytt(String id) {
        List<Person> personer = new ArrayList<>();
        int vuxna = slump.nextInt(10);
        int ovriga = 0;
        if (vuxna < 6) {
            personer.add(vuxen("SOKANDE"));
        } else if (vuxna < 9) {
            personer.add(vuxen("SOKANDE"));
            personer.add(vuxen("MAKE_MAKA_SAMBO"));
        } else {
            personer.add(new Person("VUXEN_I_HUSHALLSGEMENSKAP", 20 + slump.nextInt(50), null, false, lon(), false));
            ovriga = 1 + slump.nextInt(4);
        }
        if (ovriga == 0) {
            int barn = slump.nextInt(10) < 5 ? 0 : 1 + slump.nextInt(slump.nextInt(10) == 0 ? 7 : 3);
            for (int b = 0; b < barn; b++) {
                int alder = slump.nextInt(21);
                String roll = alder >= 19 ? (slump.nextInt(1000) == 0 ? "BARN" : "HEMMAVARANDE_SKOLUNGDOM") : "BARN";
                Integer dagar = slump.nextInt(15) == 0 ? 1 + slump.nextInt(28) : null;
                personer.add(new Person(roll, alder, dagar, alder <= 6 && slump.nextInt(3) == 0, 0, false));
            }
            if (slump.nextInt(20) == 0) {
                personer.add(new Person("UMGANGESBARN", slump.nextInt(18), 2 + slump.nextInt(10), false, 0, false));
            }
        }
        long barnbidrag = personer.stream().filter(p -> p.roll().equals("BARN")).count() * 1250;
        return new Genererat(id, personer, 3000 + 100L * slump.nextInt(80), slump.nextInt(3) == 0 ? 200 + slump.nextInt(500) : 0,
                barnbidrag, slump.nextInt(6) == 0 ? 1000 + slump.nextInt(9000) : 0, ovriga);
    }

    private Person vuxen(String roll) {
        long lon = lon();
        return new Person(roll, 20 + slump.nextInt(50), null, false, lon, lon > 0 && slump.nextBoolean());
    }

    private long lon() {
        return slump.nextInt(4) == 0 ? 1000 + 10L * slump.nextInt(2000) : 0;
    }
}
