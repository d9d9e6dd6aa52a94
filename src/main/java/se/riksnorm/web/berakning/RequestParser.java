package se.riksnorm.web.berakning;

import se.riksnorm.web.problem.Problemtyp;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import se.riksnorm.domain.Fritext;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.berakning.Forfragan;
import se.riksnorm.domain.berakning.Inkomst;
import se.riksnorm.domain.berakning.Inkomsttyp;
import se.riksnorm.domain.berakning.Kostnad;
import se.riksnorm.domain.berakning.Kostnadstyp;
import se.riksnorm.domain.berakning.MatnormFragan;
import se.riksnorm.domain.berakning.Medlem;
import se.riksnorm.domain.berakning.Nedsattning;
import se.riksnorm.domain.berakning.Nedsattningsgrund;
import se.riksnorm.domain.berakning.Period;
import se.riksnorm.domain.berakning.Roll;
import se.riksnorm.domain.berakning.UmgangesnormFragan;
import se.riksnorm.web.problem.ProblemDetail;
import se.riksnorm.web.problem.ProblemException;
import se.riksnorm.web.problem.Problems;

/**
 * Reads a request into the domain's terms, collecting every value that is missing or not of its form
 * (a date that is not a date, a role that does not exist) into one 400 problem that names each field.
 * Whether the values make sense together is the rules' question, not this class's.
 */
final class RequestParser {

    /**
     * The most of each list and text a request may hold: bounds of the work and memory one request can cost
     * (docs/adr/0144), well above any household (the rules allow 30 persons, RiksnormsreglerSoF2019).
     */
    static final int STORSTA_ANTAL_PERSONER = 100;
    /** Ten a month over the longest period, a year. */
    static final int STORSTA_ANTAL_KOSTNADER = 120;
    static final int STORSTA_ANTAL_INKOMSTER = 120;
    static final int STORSTA_ANTAL_NEDSATTNINGAR = 24;
    static final int STORSTA_BESKRIVNING = 200;
    static final int STORSTA_ETIKETT = 60;
    static final int STORSTA_MOTIVERING = 500;

    /** Something that looks like a personnummer (ÅÅMMDD-NNNN or ÅÅÅÅMMDDNNNN): never asked for, never kept. */
    private static final Pattern PERSONNUMMER = Pattern.compile("(?<!\\d)(\\d{2})?\\d{6}[-+ ]?\\d{4}(?!\\d)");

    /**
     * Each enum's constants by name, for the value as clients send it (the name itself): looked up without the trimmed,
     * upper-case copy the lenient reading makes (two strings for each of a batch line's roles and types).
     */
    private static final ClassValue<Map<String, Object>> NAMN = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> typ) {
            return Arrays.stream(typ.getEnumConstants()).collect(Collectors.toUnmodifiableMap(e -> ((Enum<?>) e).name(), e -> e));
        }
    };

    private final List<ProblemDetail.Fel> fel = new ArrayList<>();

    static Forfragan forsorjningsstod(ForsorjningsstodRequest request) {
        RequestParser parser = new RequestParser();
        if (request == null) {
            throw tomBegaran();
        }
        String kommun = parser.kravs(Falt.av("kommun"), request.kommun());
        Period period = parser.period(request.manad(), request.fran(), request.till());
        List<Medlem> medlemmar = parser.medlemmar("medlemmar", request.medlemmar());
        List<Kostnad> kostnader = new ArrayList<>();
        List<KostnadRequest> kostnadslista = parser.hogst("kostnader", request.kostnader(), STORSTA_ANTAL_KOSTNADER);
        for (int i = 0; i < kostnadslista.size(); i++) {
            KostnadRequest kostnad = kostnadslista.get(i);
            Kostnadstyp typ = parser.uppslag(new Falt("kostnader", i, "typ"), kostnad == null ? null : kostnad.typ(), Kostnadstyp.class);
            Kronor belopp = parser.belopp(new Falt("kostnader", i, "belopp"), kostnad == null ? null : kostnad.belopp());
            String beskrivning = parser.text(new Falt("kostnader", i, "beskrivning"), kostnad == null ? null : kostnad.beskrivning(),
                    STORSTA_BESKRIVNING);
            YearMonth manad = parser.valfriManad(new Falt("kostnader", i, "manad"), kostnad == null ? null : kostnad.manad());
            if (typ != null && belopp != null) {
                kostnader.add(new Kostnad(typ, belopp, beskrivning, manad));
            }
        }
        List<Inkomst> inkomster = new ArrayList<>();
        List<InkomstRequest> inkomstlista = parser.hogst("inkomster", request.inkomster(), STORSTA_ANTAL_INKOMSTER);
        for (int i = 0; i < inkomstlista.size(); i++) {
            InkomstRequest inkomst = inkomstlista.get(i);
            Inkomsttyp typ = parser.uppslag(new Falt("inkomster", i, "typ"), inkomst == null ? null : inkomst.typ(), Inkomsttyp.class);
            Kronor belopp = parser.belopp(new Falt("inkomster", i, "belopp"), inkomst == null ? null : inkomst.belopp());
            String beskrivning = parser.text(new Falt("inkomster", i, "beskrivning"), inkomst == null ? null : inkomst.beskrivning(),
                    STORSTA_BESKRIVNING);
            String medlem = parser.text(new Falt("inkomster", i, "medlem"), inkomst == null ? null : inkomst.medlem(), STORSTA_ETIKETT);
            YearMonth manad = parser.valfriManad(new Falt("inkomster", i, "manad"), inkomst == null ? null : inkomst.manad());
            if (typ != null && belopp != null) {
                inkomster.add(new Inkomst(typ, belopp, medlem, Boolean.TRUE.equals(inkomst.jobbstimulans()), beskrivning, manad));
            }
        }
        List<Nedsattning> nedsattningar = parser.nedsattningar(request.nedsattningar());
        Integer ovriga = request.ovrigaIHushallet();
        if (ovriga != null && ovriga > STORSTA_ANTAL_PERSONER) {
            parser.fel(Falt.av("ovrigaIHushallet"), "Högst " + STORSTA_ANTAL_PERSONER + " övriga i hushållet kan anges, inte " + ovriga + ".");
        }
        parser.stopVidFel();
        return new Forfragan(kommun, period, medlemmar, ovriga == null ? 0 : ovriga, kostnader, inkomster, nedsattningar);
    }

    static MatnormFragan matnorm(MatnormRequest request) {
        RequestParser parser = new RequestParser();
        if (request == null) {
            throw tomBegaran();
        }
        String kommun = parser.kravs(Falt.av("kommun"), request.kommun());
        YearMonth manad = parser.manad(Falt.av("manad"), request.manad());
        Integer dagar = parser.kravs(Falt.av("dagar"), request.dagar());
        List<Medlem> medlemmar = parser.medlemmar("medlemmar", request.medlemmar());
        parser.stopVidFel();
        return new MatnormFragan(kommun, manad, dagar, medlemmar);
    }

    static UmgangesnormFragan umgangesnorm(UmgangesnormRequest request) {
        RequestParser parser = new RequestParser();
        if (request == null) {
            throw tomBegaran();
        }
        String kommun = parser.kravs(Falt.av("kommun"), request.kommun());
        YearMonth manad = parser.manad(Falt.av("manad"), request.manad());
        List<Medlem> barn = parser.medlemmar("barn", request.barn());
        parser.stopVidFel();
        return new UmgangesnormFragan(kommun, manad, barn);
    }

    /** A reduction needs an amount, a ground and the decision's reason (never a personnummer in it). */
    private List<Nedsattning> nedsattningar(List<NedsattningRequest> lista) {
        List<Nedsattning> nedsattningar = new ArrayList<>();
        List<NedsattningRequest> poster = hogst("nedsattningar", lista, STORSTA_ANTAL_NEDSATTNINGAR);
        for (int i = 0; i < poster.size(); i++) {
            NedsattningRequest post = poster.get(i);
            Kronor belopp = belopp(new Falt("nedsattningar", i, "belopp"), post == null ? null : post.belopp());
            Nedsattningsgrund grund = uppslag(new Falt("nedsattningar", i, "grund"), post == null ? null : post.grund(),
                    Nedsattningsgrund.class);
            Falt motiveringsfalt = new Falt("nedsattningar", i, "motivering");
            String motivering = text(motiveringsfalt, post == null ? null : post.motivering(), STORSTA_MOTIVERING);
            if (motivering == null) {
                fel(motiveringsfalt, "Ange skälet till nedsättningen, som i beslutet.");
            }
            YearMonth manad = valfriManad(new Falt("nedsattningar", i, "manad"), post == null ? null : post.manad());
            if (belopp != null && grund != null && motivering != null) {
                nedsattningar.add(new Nedsattning(belopp, grund, motivering, manad));
            }
        }
        return nedsattningar;
    }

    private List<Medlem> medlemmar(String falt, List<MedlemRequest> lista) {
        List<Medlem> medlemmar = new ArrayList<>();
        if (lista == null) {
            fel(Falt.av(falt), "Ange personerna i en lista.");
            return medlemmar;
        }
        lista = hogst(falt, lista, STORSTA_ANTAL_PERSONER);
        for (int i = 0; i < lista.size(); i++) {
            MedlemRequest medlem = lista.get(i);
            if (medlem == null) {
                fel(new Falt(falt, i, null), "Personen saknas (null).");
                continue;
            }
            Roll roll = uppslag(new Falt(falt, i, "roll"), medlem.roll(), Roll.class);
            LocalDate fodd = datum(new Falt(falt, i, "fodelsedatum"), medlem.fodelsedatum());
            String etikett = text(new Falt(falt, i, "id"), medlem.id(), STORSTA_ETIKETT);
            String id = etikett == null ? "person " + (i + 1) : etikett;
            Map<YearMonth, Integer> dagarPerManad = dagarPerManad(new Falt(falt, i, "dagarPerManad"), medlem.dagarPerManad());
            Kronor tidigare = medlem.arbetsinkomstTidigareIAr() == null ? null : Kronor.of(medlem.arbetsinkomstTidigareIAr());
            if (roll != null) {
                medlemmar.add(new Medlem(id, fodd, medlem.alder(), roll, medlem.dagar(), Boolean.TRUE.equals(medlem.lunchIForskolan()),
                        medlem.skolgang(), tidigare, dagarPerManad));
            }
        }
        return medlemmar;
    }

    /** ÅÅÅÅ-MM → days; each key a month, each value given. */
    private Map<YearMonth, Integer> dagarPerManad(Falt falt, Map<String, Integer> lista) {
        if (lista == null || lista.isEmpty()) {
            return Map.of();
        }
        Map<YearMonth, Integer> dagar = new TreeMap<>();
        for (Map.Entry<String, Integer> post : lista.entrySet()) {
            YearMonth manad = valfriManad(falt, post.getKey());
            if (post.getValue() == null) {
                fel(falt, "Dagarna för " + post.getKey() + " saknas.");
            } else if (manad != null) {
                dagar.put(manad, post.getValue());
            }
        }
        return dagar;
    }

    private YearMonth valfriManad(Falt falt, String text) {
        return text == null ? null : manad(falt, text);
    }

    private Period period(String manad, String fran, String till) {
        if (manad != null && (fran != null || till != null)) {
            fel(Falt.av("manad"), "Ange antingen manad eller fran och till, inte båda.");
            return null;
        }
        if (manad != null) {
            YearMonth ym = manad(Falt.av("manad"), manad);
            return ym == null ? null : Period.helManad(ym);
        }
        if (fran == null && till == null) {
            fel(Falt.av("manad"), "Ange manad (ÅÅÅÅ-MM) eller fran och till (ÅÅÅÅ-MM-DD).");
            return null;
        }
        LocalDate start = datum(Falt.av("fran"), kravs(Falt.av("fran"), fran));
        LocalDate slut = datum(Falt.av("till"), kravs(Falt.av("till"), till));
        if (start == null || slut == null) {
            return null;
        }
        if (slut.isBefore(start)) {
            fel(Falt.av("till"), "Perioden " + start + "–" + slut + " slutar före den börjar: till ska vara samma dag som fran eller senare.");
            return null;
        }
        if (!slut.isBefore(start.plusMonths(Period.STORSTA_ANTAL_MANADER))) {
            fel(Falt.av("till"), "En period är högst " + Period.STORSTA_ANTAL_MANADER + " månader: till ska vara före "
                    + start.plusMonths(Period.STORSTA_ANTAL_MANADER) + ", inte " + slut + ".");
            return null;
        }
        return new Period(start, slut);
    }

    private YearMonth manad(Falt falt, String text) {
        if (kravs(falt, text) == null) {
            return null;
        }
        try {
            return isoManad(text);
        } catch (DateTimeParseException e) {
            fel(falt, "'" + text + "' är inte en månad på formen ÅÅÅÅ-MM.");
            return null;
        }
    }

    private LocalDate datum(Falt falt, String text) {
        if (text == null) {
            return null;
        }
        try {
            return isoDatum(text);
        } catch (DateTimeParseException e) {
            fel(falt, "'" + text + "' är inte ett datum som finns, på formen ÅÅÅÅ-MM-DD.");
            return null;
        }
    }

    /**
     * ÅÅÅÅ-MM-DD read digit by digit: the form every client sends, read in a fraction of the time DateTimeFormatter
     * takes (a tenth of a batch line). Anything else, a date that does not exist included, goes to LocalDate.parse,
     * which accepts or refuses it exactly as before.
     */
    private static LocalDate isoDatum(String text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            int ar = tal(text, 0, 4);
            int manad = tal(text, 5, 7);
            int dag = tal(text, 8, 10);
            if (ar >= 0 && manad >= 1 && manad <= 12 && dag >= 1 && dag <= Month.of(manad).length(Year.isLeap(ar))) {
                return LocalDate.of(ar, manad, dag);
            }
        }
        return LocalDate.parse(text);
    }

    /** ÅÅÅÅ-MM as {@link #isoDatum} reads a date. */
    private static YearMonth isoManad(String text) {
        if (text.length() == 7 && text.charAt(4) == '-') {
            int ar = tal(text, 0, 4);
            int manad = tal(text, 5, 7);
            if (ar >= 0 && manad >= 1 && manad <= 12) {
                return YearMonth.of(ar, manad);
            }
        }
        return YearMonth.parse(text);
    }

    /** The number written in ASCII digits from {@code fran} to {@code till}, or −1 if any character is not one. */
    private static int tal(String text, int fran, int till) {
        int tal = 0;
        for (int i = fran; i < till; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            tal = tal * 10 + (c - '0');
        }
        return tal;
    }

    private Kronor belopp(Falt falt, Long kronor) {
        return kravs(falt, kronor) == null ? null : Kronor.of(kronor);
    }

    private <E extends Enum<E>> E uppslag(Falt falt, String text, Class<E> typ) {
        if (kravs(falt, text) == null) {
            return null;
        }
        Object somSkrivet = NAMN.get(typ).get(text);
        if (somSkrivet != null) {
            return typ.cast(somSkrivet);
        }
        try {
            return Enum.valueOf(typ, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            fel(falt, "'" + text + "' är inte ett av " + Arrays.stream(typ.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", ")) + ".");
            return null;
        }
    }

    /**
     * The list, or an empty one; one longer than {@code storst} is refused (its elements not read further), so a
     * request's work stays bounded whatever it sends.
     */
    private <T> List<T> hogst(String falt, List<T> lista, int storst) {
        if (lista == null) {
            return List.of();
        }
        if (lista.size() > storst) {
            fel(Falt.av(falt), "Högst " + storst + " " + falt + " i en begäran, inte " + lista.size() + ".");
            return List.of();
        }
        return lista;
    }

    /** A free text of the request as it is used and stored (NFC, one line, at most {@code storst} characters), without personnummer. */
    private String text(Falt falt, String varde, int storst) {
        String text = Fritext.normaliserad(varde);
        if (text == null || text.isEmpty()) {
            return null;
        }
        Optional<String> orsak = Fritext.fel(text, storst);
        if (orsak.isPresent()) {
            fel(falt, orsak.get());
        } else {
            utanPersonnummer(falt, text);
        }
        return text;
    }

    private void utanPersonnummer(Falt falt, String text) {
        if (text != null && minstTioSiffror(text) && PERSONNUMMER.matcher(text).find()) {
            fel(falt, "Ange inte personnummer: beräkningen behöver det inte och tjänsten sparar det aldrig. "
                    + "Använd en etikett som \"barn 1\".");
        }
    }

    /** A personnummer has at least ten digits: a text with fewer (almost every label) needs no matcher (a batch line has ten texts). */
    private static boolean minstTioSiffror(String text) {
        int siffror = 0;
        for (int i = 0; i < text.length() && siffror < 10; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                siffror++;
            }
        }
        return siffror >= 10;
    }

    private <T> T kravs(Falt falt, T varde) {
        if (varde == null) {
            fel(falt, falt + " saknas.");
        }
        return varde;
    }

    private void fel(Falt falt, String meddelande) {
        fel.add(new ProblemDetail.Fel(falt.toString(), meddelande));
    }

    /**
     * A field's name as a problem gives it ({@code kostnader[2].belopp}), written out only when a problem names it: a
     * batch line has some twenty fields, and building every name was a quarter of reading one (docs/adr/0126).
     */
    private record Falt(String lista, int index, String namn) {

        static Falt av(String namn) {
            return new Falt(null, -1, namn);
        }

        @Override
        public String toString() {
            return lista == null ? namn : lista + "[" + index + "]" + (namn == null ? "" : "." + namn);
        }
    }

    private void stopVidFel() {
        if (!fel.isEmpty()) {
            throw new ProblemException(ProblemDetail.av(Problemtyp.FELAKTIG_BEGARAN, fel.size() == 1 ? fel.get(0).meddelande()
                    : fel.size() + " uppgifter är felaktiga: " + fel.stream().map(ProblemDetail.Fel::falt).collect(Collectors.joining(", ")) + ".",
                    fel.get(0).falt(), null, List.copyOf(fel)));
        }
    }

    private static ProblemException tomBegaran() {
        return Problems.problem(Problemtyp.FELAKTIG_BEGARAN, "Begäran saknar innehåll: skicka ett JSON-objekt.", "body", null);
    }
}
