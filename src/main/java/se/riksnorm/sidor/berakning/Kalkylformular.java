package se.riksnorm.sidor.berakning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.riksnorm.web.berakning.ForsorjningsstodRequest;
import se.riksnorm.web.berakning.InkomstRequest;
import se.riksnorm.web.berakning.KostnadRequest;
import se.riksnorm.web.berakning.MatnormRequest;
import se.riksnorm.web.berakning.MedlemRequest;
import se.riksnorm.web.berakning.NedsattningRequest;
import se.riksnorm.web.berakning.UmgangesnormRequest;
import se.riksnorm.web.problem.Problems;

/**
 * The calculator's form read into the API's own request records. The inputs are named by the API's field paths
 * ({@code medlemmar[0].roll}), so a refusal names the input it belongs to; empty rows are left out, and
 * {@link #formfalt} maps the API's row numbers back to the form's. Only reading: every rule is the API's.
 */
final class Kalkylformular {

    private static final Pattern RAD = Pattern.compile("(medlemmar|kostnader|inkomster|nedsattningar|barn)\\[(\\d+)\\](\\.[A-Za-z]+)?.*");
    private static final Pattern MANADSDAGAR = Pattern.compile("\\s*([0-9]{4}-[0-9]{2})\\s*:\\s*([0-9]{1,2})\\s*");

    private final Map<String, String> falt;
    private final List<Integer> medlemmar = new ArrayList<>();
    private final List<Integer> kostnader = new ArrayList<>();
    private final List<Integer> inkomster = new ArrayList<>();
    private final List<Integer> nedsattningar = new ArrayList<>();
    private final List<Integer> barn = new ArrayList<>();

    Kalkylformular(Map<String, String> falt, Kalkylator.Rader rader) {
        this.falt = falt;
        for (int i = 0; i < rader.medlemmar(); i++) {
            if (ifylld("medlemmar[" + i + "].", "roll", "fodelsedatum", "alder", "dagar", "dagarPerManad", "arbetsinkomstTidigareIAr")) {
                medlemmar.add(i);
                if ("UMGANGESBARN".equals(text("medlemmar[" + i + "].roll"))) {
                    barn.add(i);
                }
            }
        }
        for (int i = 0; i < rader.kostnader(); i++) {
            if (ifylld("kostnader[" + i + "].", "belopp")) {
                kostnader.add(i);
            }
        }
        for (int i = 0; i < rader.inkomster(); i++) {
            if (ifylld("inkomster[" + i + "].", "belopp")) {
                inkomster.add(i);
            }
        }
        for (int i = 0; i < rader.nedsattningar(); i++) {
            if (ifylld("nedsattningar[" + i + "].", "belopp", "motivering")) {
                nedsattningar.add(i);
            }
        }
    }

    ForsorjningsstodRequest forsorjningsstod() {
        return new ForsorjningsstodRequest(text("kommun"), text("manad"), text("fran"), text("till"),
                medlemmar.stream().map(this::medlem).toList(), heltal("ovrigaIHushallet"),
                kostnader.stream().map(i -> new KostnadRequest(text("kostnader[" + i + "].typ"), belopp("kostnader[" + i + "].belopp"),
                        text("kostnader[" + i + "].beskrivning"), text("kostnader[" + i + "].manad"))).toList(),
                inkomster.stream().map(i -> new InkomstRequest(text("inkomster[" + i + "].typ"), belopp("inkomster[" + i + "].belopp"),
                        text("inkomster[" + i + "].medlem"), kryss("inkomster[" + i + "].jobbstimulans"),
                        text("inkomster[" + i + "].beskrivning"), text("inkomster[" + i + "].manad"))).toList(),
                nedsattningar.stream().map(i -> new NedsattningRequest(belopp("nedsattningar[" + i + "].belopp"),
                        text("nedsattningar[" + i + "].grund"), text("nedsattningar[" + i + "].motivering"),
                        text("nedsattningar[" + i + "].manad"))).toList());
    }

    MatnormRequest matnorm() {
        return new MatnormRequest(text("kommun"), text("manad"), heltal("dagar"),
                medlemmar.stream().filter(i -> !barn.contains(i)).map(this::medlem).toList());
    }

    UmgangesnormRequest umgangesnorm() {
        return new UmgangesnormRequest(text("kommun"), text("manad"), barn.stream().map(this::medlem).toList());
    }

    /** The form input an API field path belongs to: the API's row i is the i-th filled row of the form. */
    String formfalt(String apiFalt, boolean umgange, boolean matnorm) {
        if (apiFalt == null) {
            return null;
        }
        Matcher rad = RAD.matcher(apiFalt);
        if (!rad.matches()) {
            return apiFalt;
        }
        List<Integer> rader = switch (rad.group(1)) {
            case "medlemmar" -> matnorm ? medlemmar.stream().filter(i -> !barn.contains(i)).toList() : medlemmar;
            case "kostnader" -> kostnader;
            case "inkomster" -> inkomster;
            case "nedsattningar" -> nedsattningar;
            default -> barn;
        };
        int index = Integer.parseInt(rad.group(2));
        String tabell = rad.group(1).equals("barn") ? "medlemmar" : rad.group(1);
        // the form has one input per field: medlemmar[1].dagarPerManad.2026-03 is told next to medlemmar[1].dagarPerManad
        String resten = rad.group(3) == null ? "" : rad.group(3);
        return index < rader.size() ? tabell + "[" + rader.get(index) + "]" + resten : (umgange ? null : apiFalt);
    }

    private MedlemRequest medlem(int i) {
        String bas = "medlemmar[" + i + "].";
        return new MedlemRequest(text(bas + "id"), text(bas + "fodelsedatum"), heltal(bas + "alder"), text(bas + "roll"),
                heltal(bas + "dagar"), kryss(bas + "lunchIForskolan"), kryss(bas + "skolgang"), belopp(bas + "arbetsinkomstTidigareIAr"),
                manadsdagar(bas + "dagarPerManad"));
    }

    /** "2026-03: 10, 2026-04: 14" → the API's {@code dagarPerManad}; the API checks the months and days. */
    private Map<String, Integer> manadsdagar(String namn) {
        String varde = text(namn);
        if (varde == null) {
            return null;
        }
        Map<String, Integer> dagar = new LinkedHashMap<>();
        for (String del : varde.split("[,;]")) {
            Matcher matcher = MANADSDAGAR.matcher(del);
            if (!matcher.matches()) {
                throw Problems.ogiltigtVarde(namn, varde, "Ange dagar per månad som ÅÅÅÅ-MM: dagar, t.ex. 2026-03: 10, 2026-04: 14 "
                        + "(inte '" + del.strip() + "').");
            }
            dagar.put(matcher.group(1), Integer.valueOf(matcher.group(2)));
        }
        return dagar;
    }

    private boolean ifylld(String bas, String... namn) {
        for (String n : namn) {
            if (text(bas + n) != null) {
                return true;
            }
        }
        return false;
    }

    private String text(String namn) {
        String varde = falt.get(namn);
        return varde == null || varde.isBlank() ? null : varde.strip();
    }

    private Boolean kryss(String namn) {
        return text(namn) == null ? null : Boolean.TRUE;
    }

    private Integer heltal(String namn) {
        String varde = utanMellanrum(namn);
        if (varde == null) {
            return null;
        }
        if (!varde.matches("-?[0-9]{1,6}")) {
            throw Problems.ogiltigtVarde(namn, falt.get(namn), "Ange ett heltal, t.ex. 15 (inte '" + falt.get(namn).strip() + "').");
        }
        return Integer.valueOf(varde);
    }

    private Long belopp(String namn) {
        String varde = utanMellanrum(namn);
        if (varde == null) {
            return null;
        }
        if (!varde.matches("-?[0-9]{1,12}")) {
            throw Problems.ogiltigtVarde(namn, falt.get(namn), "Ange ett belopp i hela kronor, t.ex. 7 200 (inte '"
                    + falt.get(namn).strip() + "').");
        }
        return Long.valueOf(varde);
    }

    private String utanMellanrum(String namn) {
        String varde = text(namn);
        return varde == null ? null : varde.replaceAll("[\\s\u00A0\u202F]", "");
    }
}
