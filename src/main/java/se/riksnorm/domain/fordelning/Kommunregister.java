package se.riksnorm.domain.fordelning;

import java.text.CollationKey;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every kommun the service knows, found by id, kommunkod or name in any case, with or without å, ä, ö, in
 * either Unicode form. Looked up in indexes built once, so 290 kommuner cost a few map reads per request.
 * The one pair whose names fold to the same letters (Håbo, Habo) is told apart by the order of the lookups:
 * kommunkod, id, the name with its diacritics, and only then the folded name, which must be unambiguous.
 */
public final class Kommunregister {

    private static final Collator SVENSKA = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
    private static final int STORSTA_ANTAL_SEDDA = 4096;

    private final Map<String, Kommun> perId = new LinkedHashMap<>();
    private final Map<String, Kommun> perKod = new HashMap<>();
    private final Map<String, Kommun> perNamn = new HashMap<>();
    private final Map<String, List<Kommun>> perVikning = new HashMap<>();
    private final List<Kommun> iNamnordning;
    /**
     * What was asked for, as written, and the kommun it found: a batch names the same few kommuner on every line, and
     * folding a name (a normaliser and three patterns) cost more than the rest of finding it. Bounded: emptied when full.
     */
    private final Map<String, Kommun> sedda = new ConcurrentHashMap<>();

    public Kommunregister(Collection<Kommun> kommuner) {
        for (Kommun kommun : kommuner) {
            perId.put(kommun.id(), kommun);
        }
        for (Kommun kommun : perId.values()) {
            perKod.put(kommun.kod(), kommun);
            perNamn.put(Kommun.namnnyckel(kommun.namn()), kommun);
            perVikning.computeIfAbsent(Kommun.nyckelFor(kommun.namn()), k -> new ArrayList<>()).add(kommun);
        }
        // one collation key per name (not a collation per comparison): 290 names sort in well under a millisecond
        Map<Kommun, CollationKey> nycklar = new HashMap<>();
        perId.values().forEach(kommun -> nycklar.put(kommun, SVENSKA.getCollationKey(kommun.namn())));
        List<Kommun> sorterade = new ArrayList<>(perId.values());
        sorterade.sort(Comparator.comparing((Kommun k) -> nycklar.get(k)).thenComparing(Kommun::kod));
        iNamnordning = List.copyOf(sorterade);
    }

    /** Every kommun in Swedish alphabetical order (Å, Ä, Ö last). */
    public List<Kommun> alla() {
        return iNamnordning;
    }

    public Optional<Kommun> hitta(String namnIdEllerKod) {
        Kommun sedd = sedda.get(namnIdEllerKod);
        if (sedd != null) {
            return Optional.of(sedd);
        }
        Optional<Kommun> kommun = sok(namnIdEllerKod);
        if (kommun.isPresent()) {
            if (sedda.size() >= STORSTA_ANTAL_SEDDA) {
                sedda.clear();
            }
            sedda.put(namnIdEllerKod, kommun.get());
        }
        return kommun;
    }

    private Optional<Kommun> sok(String namnIdEllerKod) {
        String sokt = namnIdEllerKod.strip();
        Kommun kommun = perKod.get(sokt);
        if (kommun == null) {
            kommun = perId.get(sokt);
        }
        if (kommun == null) {
            kommun = perNamn.get(Kommun.namnnyckel(sokt));
        }
        String vikt = kommun == null ? Kommun.nyckelFor(sokt) : null;
        if (kommun == null) {
            kommun = perId.get(vikt);
        }
        if (kommun == null) {
            List<Kommun> kandidater = perVikning.getOrDefault(vikt, List.of());
            kommun = kandidater.size() == 1 ? kandidater.get(0) : null;
        }
        return Optional.ofNullable(kommun);
    }
}
