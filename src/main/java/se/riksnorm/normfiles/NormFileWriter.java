package se.riksnorm.normfiles;

import static se.riksnorm.normfiles.YamlText.kommentar;
import static se.riksnorm.normfiles.YamlText.nyckel;
import static se.riksnorm.normfiles.YamlText.rad;
import static se.riksnorm.normfiles.YamlText.rubrik;
import static se.riksnorm.normfiles.YamlText.text;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.riksnorm.domain.belopp.Kronor;
import se.riksnorm.domain.fordelning.Behovspost;
import se.riksnorm.domain.fordelning.Beslut;
import se.riksnorm.domain.fordelning.Fordelning;
import se.riksnorm.domain.fordelning.FordelningCells;
import se.riksnorm.domain.fordelning.HemmavarandeUngdom;
import se.riksnorm.domain.fordelning.Kommun;
import se.riksnorm.domain.fordelning.Matnorm;
import se.riksnorm.domain.kalla.Kalla;
import se.riksnorm.domain.kalla.Normbelopp;
import se.riksnorm.domain.riksnorm.Aldersgrupp;
import se.riksnorm.domain.riksnorm.Riksnorm;
import se.riksnorm.domain.tabell.Kolumnrubrik;
import se.riksnorm.domain.tabell.Normtabell;
import se.riksnorm.domain.upprakning.UmgangeOforandrad;
import se.riksnorm.domain.upprakning.UmgangeUrPersonliga;
import se.riksnorm.domain.upprakning.Umgangesregel;

/**
 * Writes tables in the repository's own file format (norms/README.md), laid out as the hand-written files
 * are: one cell per line, each column named in a comment, so a decision is committed as a readable diff and
 * read back by {@link NormFileReader} to exactly the stored table (tested as a round trip).
 */
public final class NormFileWriter {

    private static final String I1 = "  ";
    private static final String I2 = "    ";

    /** A kommun's fördelning: {@code norms/kommuner/<kommun>/<ar>.yaml}. */
    public String fordelning(Fordelning f, String ursprung) {
        StringBuilder ut = new StringBuilder();
        ut.append("# ").append(kommentar(f.kommun().namn())).append(": fördelning av riksnormen ").append(f.ar())
                .append(", kr per månad").append(f.status().arLast() ? ", beslutad." : ", förslag.").append('\n');
        ut.append("# Skriven av riksnorm ur ").append(kommentar(ursprung)).append(". Källa till varje cell: ")
                .append(kommentar(f.kalla().titel()))
                .append('\n');
        rader(ut, rad("", "kommun", nyckel(f.kommun().id()), null), rad("", "ar", f.ar(), null),
                rad("", "status", f.status().name().toLowerCase(Locale.ROOT), null), rad("", "kalla", nyckel(f.kalla().id()), null));
        if (f.beslut() != null) {
            Beslut b = f.beslut();
            rader(ut, "beslut:", rad(I1, "namnd", text(b.namnd()), null),
                    rad(I1, "datum", text(b.datum() == null ? null : b.datum().toString()), null),
                    rad(I1, "paragraf", text(b.paragraf()), null), rad(I1, "diarienummer", text(b.diarienummer()), null),
                    rad(I1, "tjansteskrivelse", text(b.tjansteskrivelseDatum() == null ? null : b.tjansteskrivelseDatum().toString()), null),
                    rad(I1, "underlag", text(b.underlag()), null));
        }
        ut.append(rubrik(Normtabell.PERSONLIGA_KOSTNADER.nyckel(), "post → kolumn")).append('\n');
        for (Behovspost post : Behovspost.values()) {
            if (!post.arPersonlig()) {
                continue;
            }
            ut.append(I1).append(post.nyckel()).append(":\n");
            for (Aldersgrupp grupp : Aldersgrupp.values()) {
                if (post.galler(grupp)) {
                    ut.append(rad(I2, grupp.nyckel(), f.post(grupp, post).belopp(), grupp.benamning().toLowerCase(Locale.ROOT))).append('\n');
                }
            }
        }
        ut.append(rubrik(Normtabell.GEMENSAMMA_KOSTNADER.nyckel(), "post → antal personer i hushållet")).append('\n');
        for (Behovspost post : Behovspost.gemensamma()) {
            ut.append(I1).append(post.nyckel()).append(":\n");
            f.gemensammaKostnader().forEach((antal, poster) -> ut.append(rad(I2, antal.toString(), poster.get(post).belopp(), null)).append('\n'));
        }
        ut.append(rubrik(Normtabell.MATNORM.nyckel(), "per månad är posten livsmedel; per vecka = månad × 84 / 365, "
                + "per dag = månad × 12 / 365")).append('\n');
        matnorm(ut, FordelningCells.PER_MANAD, f, Matnorm::perManad);
        matnorm(ut, FordelningCells.PER_VECKA, f, Matnorm::perVecka);
        matnorm(ut, FordelningCells.PER_DAG, f, Matnorm::perDag);
        ut.append(rubrik(Normtabell.UMGANGESNORM.nyckel(), "per barn och dag, matnorm inräknad; beslutade belopp, inte härledda")).append('\n');
        ut.append(I1).append(FordelningCells.PER_DAG).append(":\n");
        f.umgangesnormPerDag().forEach((grupp, kronor) ->
                ut.append(rad(I2, grupp.nyckel(), kronor.belopp(), grupp.benamning().toLowerCase(Locale.ROOT))).append('\n'));
        HemmavarandeUngdom ungdom = f.hemmavarandeUngdom();
        ut.append(rubrik(Normtabell.HEMMAVARANDE_UNGDOM.nyckel(), "ensamstående + gemensamma kostnader / antal personer")).append('\n');
        ut.append(rad(I1, "avrundning", ungdom.andelensAvrundning().name().toLowerCase(Locale.ROOT), null)).append('\n');
        if (ungdom.exempel() != null) {
            HemmavarandeUngdom.Exempel e = ungdom.exempel();
            rader(ut, I1 + "exempel:", rad(I2, "antal_personer", e.antalPersoner(), null),
                    rad(I2, "gemensamma", e.gemensamma().belopp(), Kolumnrubrik.personer(e.antalPersoner())),
                    rad(I2, "andel", e.andel().belopp(), null), rad(I2, "ensamstaende", e.ensamstaende().belopp(), null),
                    rad(I2, "summa", e.summa().belopp(), null));
        }
        return ut.toString();
    }

    /**
     * A kommun's folder file {@code norms/kommuner/<id>/kommun.yaml}: who it is and its choices, as the API has them.
     *
     * @param regel the kommun's own umgänge rule, or {@code null} for the standard one
     */
    public String kommun(Kommun kommun, Umgangesregel regel, String ursprung) {
        StringBuilder ut = new StringBuilder();
        ut.append("# ").append(kommun.namn()).append(": kommunen i tjänsten och dess val. Skriven av riksnorm ur ")
                .append(ursprung).append(".\n");
        rader(ut, rad("", "id", kommun.id(), null), rad("", "kod", text(kommun.kod()), "kommunkod (SCB)"),
                rad("", "namn", text(kommun.namn()), null),
                "berakning:       # val där reglerna lämnar utrymme; docs/adr/0020",
                rad(I1, "aldersbyte", kommun.berakning().aldersbyte().name().toLowerCase(Locale.ROOT), null),
                rad(I1, "dagberakning", kommun.berakning().dagberakning().name().toLowerCase(Locale.ROOT), null));
        if (regel instanceof UmgangeOforandrad) {
            rader(ut, "upprakning:", I1 + "umgangesnorm:", rad(I2, "regel", "oforandrad", null));
        } else if (regel instanceof UmgangeUrPersonliga ur) {
            rader(ut, "upprakning:", I1 + "umgangesnorm:", rad(I2, "regel", "personliga_utom", null),
                    rad(I2, "utom", "[" + String.join(", ", ur.utom().stream().map(Behovspost::nyckel).sorted().toList()) + "]", null),
                    rad(I2, "dagar_per_ar", text(ur.dagarPerAr().toPlainString()), null),
                    rad(I2, "avrundning", ur.avrundning().name().toLowerCase(Locale.ROOT), null));
        }
        return ut.toString();
    }

    /** A national year: {@code norms/riksnorm/<ar>.yaml}; each table's commonest source is its default. */
    public String riksnorm(Riksnorm r, String ursprung) {
        StringBuilder ut = new StringBuilder();
        ut.append("# Riksnorm ").append(r.ar()).append(": de nationella beloppen, kr per månad (SoF 2001:937 2 kap. 1 §).\n");
        ut.append("# Skriven av riksnorm ur ").append(kommentar(ursprung)).append(".\n");
        rader(ut, rad("", "ar", r.ar(), null), rad("", "giltig_fran", text(r.giltighet().fran().toString()), null),
                rad("", "giltig_till", text(r.giltighet().till().toString()), null),
                rad("", "status", r.status().name().toLowerCase(Locale.ROOT), null));
        r.upprakningen().ifPresent(u -> rader(ut, "upprakning:", rad(I1, "procent", text(u.procent().toPlainString()), null),
                rad(I1, "avrundning", u.avrundning().name().toLowerCase(Locale.ROOT), null), rad(I1, "kalla", nyckel(u.kalla().id()), null)));
        String personliga = vanligast(r.personligaKostnader().values());
        String gemensamma = vanligast(r.gemensammaKostnader().values());
        String ejLunch = r.ejLunch().isEmpty() ? null : vanligast(r.ejLunch().values());
        ut.append("kallor:   # källan till varje värde i en tabell, om inte värdet anger en egen\n");
        rader(ut, rad(I1, Normtabell.PERSONLIGA_KOSTNADER.nyckel(), nyckel(personliga), null),
                rad(I1, Normtabell.GEMENSAMMA_KOSTNADER.nyckel(), nyckel(gemensamma), null),
                rad(I1, "storre_hushall", nyckel(r.storreHushallKalla().id()), "fler än 7 personer: G7 − G6 per person utöver sju"));
        if (ejLunch != null) {
            ut.append(rad(I1, Normtabell.EJ_LUNCH.nyckel(), nyckel(ejLunch), null)).append('\n');
        }
        ut.append(Normtabell.PERSONLIGA_KOSTNADER.nyckel()).append(":\n");
        r.personligaKostnader().forEach((grupp, b) -> ut.append(belopp(grupp.nyckel(), b, personliga, grupp.benamning())).append('\n'));
        ut.append(Normtabell.GEMENSAMMA_KOSTNADER.nyckel()).append(":    # efter antal personer i hushållet\n");
        r.gemensammaKostnader().forEach((antal, b) -> ut.append(belopp(antal.toString(), b, gemensamma, null)).append('\n'));
        if (ejLunch != null) {
            ut.append(Normtabell.EJ_LUNCH.nyckel()).append(":    # barn 0–6 år som äter lunch i förskolan 5 dagar i veckan\n");
            r.ejLunch().forEach((grupp, b) -> ut.append(belopp(grupp.nyckel(), b, ejLunch, grupp.benamning())).append('\n'));
        }
        return ut.toString();
    }

    /** Every source a file written for the table cites, for kallor.yaml. */
    public static Set<Kalla> kallor(Riksnorm r) {
        Set<Kalla> kallor = new LinkedHashSet<>();
        r.upprakningen().ifPresent(u -> kallor.add(u.kalla()));
        kallor.add(r.storreHushallKalla());
        r.personligaKostnader().values().forEach(b -> kallor.add(b.kalla()));
        r.gemensammaKostnader().values().forEach(b -> kallor.add(b.kalla()));
        r.ejLunch().values().forEach(b -> kallor.add(b.kalla()));
        return kallor;
    }

    /** One source as an entry of kallor.yaml's {@code kallor:} map. */
    public static String kallpost(Kalla kalla) {
        StringBuilder ut = new StringBuilder();
        rader(ut, I1 + nyckel(kalla.id()) + ":", rad(I2, "titel", text(kalla.titel()), null),
                rad(I2, "tillforlitlighet", kalla.tillforlitlighet().name().toLowerCase(Locale.ROOT), null));
        if (kalla.referens() != null) {
            ut.append(rad(I2, "referens", text(kalla.referens()), null)).append('\n');
        }
        return ut.toString();
    }

    private static void matnorm(StringBuilder ut, String period, Fordelning f, Function<Matnorm, Kronor> varde) {
        ut.append(I1).append(period).append(":\n");
        f.matnorm().forEach((grupp, m) ->
                ut.append(rad(I2, grupp.nyckel(), varde.apply(m).belopp(), grupp.benamning().toLowerCase(Locale.ROOT))).append('\n'));
    }

    private static String belopp(String nyckel, Normbelopp belopp, String standardkalla, String kommentar) {
        Object varde = belopp.kalla().id().equals(standardkalla) ? belopp.kronor().belopp()
                : "{kronor: " + belopp.kronor().belopp() + ", kalla: " + nyckel(belopp.kalla().id()) + "}";
        return rad(I1, nyckel, varde, kommentar == null ? null : kommentar.toLowerCase(Locale.ROOT));
    }

    /** The source most cells of a table cite; the first of them on a tie, so the output is stable. */
    private static String vanligast(java.util.Collection<Normbelopp> belopp) {
        Map<String, Integer> antal = new LinkedHashMap<>();
        belopp.forEach(b -> antal.merge(b.kalla().id(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> ordnade = new java.util.ArrayList<>(antal.entrySet());
        ordnade.sort(Comparator.comparing(Map.Entry<String, Integer>::getValue).reversed());
        return ordnade.get(0).getKey();
    }

    private static void rader(StringBuilder ut, String... rader) {
        for (String rad : rader) {
            ut.append(rad).append('\n');
        }
    }
}
